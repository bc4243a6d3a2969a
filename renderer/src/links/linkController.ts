/** What the palette, keys and list view can ask of the board's links (see useLinkActions.ts). */
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

declare module '../state/boardController' {
  interface BoardFeatureControllers {
    /** Links between notes, e.g. barrier to enabler (see useLinkActions.ts). */
    links: LinkController;
  }
}
