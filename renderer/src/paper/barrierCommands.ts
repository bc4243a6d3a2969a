import { activeBoard } from '../state/boardController';
import type { Workbench } from '../state/workbench';
import type { Command } from '../commands/registry';

/**
 * Links, severity, note details and the paper bridge: the palette's and menus' way to all
 * of it. The board handles the keys shown (L, Q, I, Alt+0..Alt+5) while it has focus.
 */
export function barrierCommands(workbench: Workbench): Command[] {
  const selected = () => activeBoard()?.getSelection().length ?? 0;
  const participants = () => activeBoard()?.noteMeta.selectedParticipants().length ?? 0;
  const activeBoardTab = () => {
    const tab = workbench.activeTab();
    const doc = tab ? workbench.getState().openSessions.get(tab.sessionId)?.getView().doc : undefined;
    return tab && doc?.boards[tab.boardId] ? tab : null;
  };
  const severity = (value: number): Command => ({
    id: `note.severity${value}`,
    title:
      value === 0
        ? 'Clear severity'
        : `Severity ${value} of 5${value === 1 ? ' (a little in the way)' : value === 5 ? ' (completely in the way)' : ''}`,
    category: 'Board',
    keyHint: `Alt+${value}`,
    enabled: () => participants() > 0,
    run: () => activeBoard()?.noteMeta.setSeverity(value === 0 ? null : value),
  });

  return [
    {
      id: 'link.selected',
      title: 'Link selected notes (first selected → the others)',
      category: 'Board',
      keyHint: 'L',
      enabled: () => selected() > 0,
      run: () => activeBoard()?.links.linkSelected(),
    },
    {
      id: 'link.confirm',
      title: 'Link to the selected note',
      category: 'Board',
      keyHint: 'Enter',
      enabled: () => activeBoard()?.links.choosing() ?? false,
      run: () => activeBoard()?.links.finishChoosing(true),
    },
    {
      id: 'link.cancel',
      title: 'Cancel linking',
      category: 'Board',
      keyHint: 'Escape',
      enabled: () => activeBoard()?.links.choosing() ?? false,
      run: () => activeBoard()?.links.finishChoosing(false),
    },
    {
      id: 'link.remove',
      title: 'Remove link(s) of selected notes',
      category: 'Board',
      enabled: () => selected() > 0,
      run: () => activeBoard()?.links.removeSelectedLinks(),
    },
    {
      id: 'note.quote',
      title: 'Mark as quote (or unmark)',
      category: 'Board',
      keyHint: 'Q',
      enabled: () => participants() > 0,
      run: () => activeBoard()?.noteMeta.toggleQuote(),
    },
    {
      id: 'note.details',
      title: 'Note details (staff group, sector, source, quote, severity)…',
      category: 'Board',
      keyHint: 'I',
      enabled: () => participants() > 0,
      run: () => activeBoard()?.noteMeta.openDetails(),
    },
    ...[1, 2, 3, 4, 5, 0].map(severity),
    {
      id: 'paper.print',
      title: 'Print board…',
      category: 'File',
      enabled: () => activeBoardTab() !== null,
      run: () => {
        const tab = activeBoardTab();
        if (tab) workbench.showDialog({ kind: 'printBoard', sessionId: tab.sessionId, boardId: tab.boardId });
      },
    },
    {
      id: 'paper.transcribe',
      title: 'Transcription mode (type paper notes)',
      category: 'Board',
      enabled: () => activeBoardTab() !== null,
      run: () => {
        const tab = activeBoardTab();
        if (tab) workbench.showDialog({ kind: 'transcribe', sessionId: tab.sessionId, boardId: tab.boardId });
      },
    },
  ];
}
