import type { Workbench } from '../state/workbench';
import type { Command, CommandContext } from '../commands/registry';
import { tidyBoard } from './tidyBoard';

/** Grouping notes into clusters, and suggesting clusters: the palette's way to all of it (keys G and Shift+G on the board). */
export function clusterCommands(workbench: Workbench): Command[] {
  const clusters = ({ board }: CommandContext) => board?.clusters ?? null;
  const inGroup = (context: CommandContext) => clusters(context)?.selectedCluster() != null;
  const selected = ({ board }: CommandContext) => (board?.getSelection().length ?? 0) > 0;
  const activeBoardTab = () => {
    const tab = workbench.activeTab();
    const doc = tab ? workbench.getState().openSessions.get(tab.sessionId)?.getView().doc : undefined;
    return tab && doc?.boards[tab.boardId] ? tab : null;
  };

  return [
    {
      id: 'cluster.group',
      title: 'Group selected notes',
      category: 'Board',
      keybinding: { key: 'G', when: 'board' },
      enabled: (context) => clusters(context) !== null,
      run: (context) => clusters(context)?.group(),
    },
    {
      id: 'cluster.ungroup',
      title: 'Ungroup',
      category: 'Board',
      keybinding: { key: 'Shift+G', when: 'board' },
      enabled: selected,
      run: (context) => clusters(context)?.ungroup(),
    },
    {
      id: 'cluster.edit',
      title: 'Edit group (headline, sub-points, quote)',
      category: 'Board',
      // Enter on several notes that are one group opens the group (on one note, Enter edits the note).
      keybinding: [
        { key: 'Shift?+Enter', when: 'board' },
        { key: 'Shift?+F2', when: 'board' },
      ],
      enabled: inGroup,
      run: (context) => clusters(context)?.editGroup(),
    },
    {
      id: 'cluster.select',
      title: 'Select group notes',
      category: 'Board',
      enabled: inGroup,
      run: (context) => clusters(context)?.selectGroup(),
    },
    {
      id: 'cluster.takeOut',
      title: 'Take selected notes out of their group',
      category: 'Board',
      enabled: selected,
      run: (context) => clusters(context)?.takeOut(),
    },
    {
      id: 'cluster.suggest',
      title: 'Suggest clusters',
      category: 'Board',
      enabled: () => activeBoardTab() !== null,
      run: () => {
        const tab = activeBoardTab();
        if (tab) workbench.showDialog({ kind: 'suggestClusters', sessionId: tab.sessionId, boardId: tab.boardId });
      },
    },
    {
      id: 'cluster.tidyBoard',
      title: 'Tidy board (gather every group, lay out each zone)',
      category: 'Board',
      enabled: () => {
        const tab = activeBoardTab();
        return !!tab && workbench.getState().openSessions.get(tab.sessionId)?.getView().readOnly === null;
      },
      run: () => {
        const tab = activeBoardTab();
        const session = tab && workbench.getState().openSessions.get(tab.sessionId);
        if (tab && session) tidyBoard(session, tab.boardId);
      },
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'cluster.group': true;
    'cluster.ungroup': true;
    'cluster.edit': true;
    'cluster.select': true;
    'cluster.takeOut': true;
    'cluster.suggest': true;
    'cluster.tidyBoard': true;
  }
}
