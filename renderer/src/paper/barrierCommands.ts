import type { Workbench } from '../state/workbench';
import type { Command, CommandContext } from '../commands/registry';

/**
 * Severity, note details and the paper bridge: the palette's and menus' way to all of it,
 * and the board keys Q, I and Alt+0..Alt+5.
 */
export function barrierCommands(workbench: Workbench): Command[] {
  const participants = ({ board }: CommandContext) => board?.noteMeta?.selectedParticipants().length ?? 0;
  const activeBoardTab = () => {
    const tab = workbench.activeTab();
    const doc = tab ? workbench.getState().openSessions.get(tab.sessionId)?.getView().doc : undefined;
    return tab && doc?.boards[tab.boardId] ? tab : null;
  };
  const severity = (value: 0 | 1 | 2 | 3 | 4 | 5): Command => ({
    id: `note.severity${value}`,
    title:
      value === 0
        ? 'Clear severity'
        : `Severity ${value} of 5${value === 1 ? ' (a little in the way)' : value === 5 ? ' (completely in the way)' : ''}`,
    category: 'Board',
    // Alt changes the character on some layouts: the digit key itself is matched too.
    keybinding: { key: `Shift?+Alt+${value}`, when: 'board' },
    enabled: (context) => participants(context) > 0,
    run: ({ board }) => board?.noteMeta?.setSeverity(value === 0 ? null : value),
  });

  return [
    {
      id: 'note.quote',
      title: 'Mark as quote (or unmark)',
      category: 'Board',
      keybinding: { key: 'Q', when: 'board' },
      enabled: (context) => participants(context) > 0,
      run: ({ board }) => board?.noteMeta?.toggleQuote(),
    },
    {
      id: 'note.details',
      title: 'Note details (staff group, sector, source, quote, severity)…',
      category: 'Board',
      keybinding: { key: 'I', when: 'board' },
      enabled: (context) => participants(context) > 0,
      run: ({ board }) => board?.noteMeta?.openDetails(),
    },
    ...([1, 2, 3, 4, 5, 0] as const).map(severity),
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

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'note.quote': true;
    'note.details': true;
    'paper.print': true;
    'paper.transcribe': true;
    'note.severity1': true;
    'note.severity2': true;
    'note.severity3': true;
    'note.severity4': true;
    'note.severity5': true;
    'note.severity0': true;
  }
}
