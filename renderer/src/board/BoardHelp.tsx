/** The keys of the board, read by screen readers as the canvas's description and kept off screen. */
export function BoardHelp({ id }: { id: string }) {
  return (
    <div id={id} className="rt-board__sr-only">
      Tab and Shift+Tab move between notes, the table's notes before the reference cards; Tab after the last note, or
      Shift+Tab with nothing selected, leaves the board. Space keeps the note Tab reached selected while Tab moves on,
      to select several; Page Down and Page Up jump to the next and previous zone. T and Shift+T show the next and
      previous table's board. N adds a note. Enter or F2 edits the selected note: Enter saves, Shift+Enter starts a new
      line, Escape cancels. Arrow keys move the selected notes, with Shift further; with nothing selected they pan the
      board. Delete removes the selected notes. Control+A selects all notes, Escape clears the selection. Plus and minus
      zoom, 0 zooms to fit. Hold Space and drag to pan. G groups the selected notes (with one note selected it asks
      which group it joins), Shift+G ungroups, Enter on a whole group opens its headline, sub-points and quote. V opens
      the Voting menu; while voting is open the table's notes are numbered and typing a note's number selects it; in a
      voting round D adds the current participant's dot to the selected note, Shift+D takes one back and P passes to the
      next participant. L links the selected note to another (Tab to it, Enter to link, Escape to cancel); with two or
      more selected it links the first to the others; Alt+drag from a note links it too. Alt+1 to Alt+5 set a barrier's
      severity, Alt+0 clears it; Q marks a quote; I opens the note's details (staff group, sector, source). The list
      view of this board shows the same notes as a list.
    </div>
  );
}
