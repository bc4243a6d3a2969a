import { activeBoard } from '../state/boardController';
import type { Workbench } from '../state/workbench';
import type { Command } from '../commands/registry';

/** Grouping notes into clusters, and suggesting clusters: the palette's way to all of it (keys G and Shift+G on the board). */
export function clusterCommands(workbench: Workbench): Command[] {
  const clusters = () => activeBoard()?.clusters ?? null;
  const inGroup = () => clusters()?.selectedCluster() != null;
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
      keyHint: 'G',
      enabled: () => clusters() !== null,
      run: () => clusters()?.group(),
    },
    {
      id: 'cluster.ungroup',
      title: 'Ungroup',
      category: 'Board',
      keyHint: 'Shift+G',
      enabled: () => (activeBoard()?.getSelection().length ?? 0) > 0,
      run: () => clusters()?.ungroup(),
    },
    {
      id: 'cluster.edit',
      title: 'Edit group (headline, sub-points, quote)',
      category: 'Board',
      enabled: inGroup,
      run: () => clusters()?.editGroup(),
    },
    {
      id: 'cluster.select',
      title: 'Select group notes',
      category: 'Board',
      enabled: inGroup,
      run: () => clusters()?.selectGroup(),
    },
    {
      id: 'cluster.takeOut',
      title: 'Take selected notes out of their group',
      category: 'Board',
      enabled: () => (activeBoard()?.getSelection().length ?? 0) > 0,
      run: () => clusters()?.takeOut(),
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
  ];
}
