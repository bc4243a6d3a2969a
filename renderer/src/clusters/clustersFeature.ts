import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';
import { clustersOnBoard } from './clustersOnBoard';

/** Grouping notes into clusters: commands, dialogs (details, join, suggestions) and groups drawn on the board. */
export const clustersFeature: Feature = {
  id: 'clusters',
  commands: () => import('./clusterCommands').then((m) => m.clusterCommands),
  dialogs: lazyDialogsOf(['clusterDetails', 'joinCluster', 'suggestClusters'], () =>
    import('./ClusterDialogHost').then((m) => m.CLUSTER_DIALOGS),
  ),
  board: clustersOnBoard,
};
