import type { NoteId } from '../../../shared/ids';

/** What the palette, keys and list view can ask of the board's links (see board/useLinkActions.ts). */
export interface LinkController {
  /**
   * L: with two or more notes selected, links the first selected to the others; with one,
   * starts choosing the note it leads to (Tab or arrows to pick, Enter to link, Escape to cancel).
   */
  linkSelected(): void;
  /** Whether a keyboard link is waiting for its target note. */
  choosing(): boolean;
  /** Ends choosing: links to the selected note (true) or cancels (false). */
  finishChoosing(confirm: boolean): void;
  /** Removes every link that starts or ends at a selected note. */
  removeSelectedLinks(): void;
}

/** What the details keys (Q, I, Alt+0..Alt+5) ask of the board's selected notes (see board/useNoteMetaActions.ts). */
export interface NoteMetaController {
  toggleQuote(): void;
  /** Sets the selected notes' severity (1-5), or clears it (null). */
  setSeverity(severity: number | null): void;
  /** Opens "Note details" for the selected participant notes. */
  openDetails(): void;
  /** The selected participant notes, for commands' enabled state. */
  selectedParticipants(): readonly NoteId[];
}
