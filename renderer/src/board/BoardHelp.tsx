/** The keys of the board, read by screen readers as the canvas's description and kept off screen. */
export function BoardHelp({ id }: { id: string }) {
  return (
    <div id={id} className="rt-board__sr-only">
      Tab and Shift+Tab move between notes; Tab after the last note, or Shift+Tab with nothing selected, leaves the
      board. N adds a note. Enter or F2 edits the selected note: Enter saves, Shift+Enter starts a new line, Escape
      cancels. Arrow keys move the selected notes, with Shift further; with nothing selected they pan the board.
      Delete removes the selected notes. Control+A selects all notes, Escape clears the selection. Plus and minus
      zoom, 0 zooms to fit. Hold Space and drag to pan. The list view of this board shows the same notes as a list.
    </div>
  );
}
