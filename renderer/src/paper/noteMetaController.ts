import type { NoteId } from '../../../shared/ids';

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

declare module '../state/boardController' {
  interface BoardFeatureControllers {
    /** Quote, severity and details of the selected notes (see useNoteMetaActions.ts). */
    noteMeta: NoteMetaController;
  }
}
