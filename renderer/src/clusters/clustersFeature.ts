import type { Feature } from '../feature';
import { clusterCommands } from './clusterCommands';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';
import { clustersOnBoard } from './clustersOnBoard';

/** Grouping notes into clusters: commands, dialogs (details, join, suggestions) and groups drawn on the board. */
export const clustersFeature: Feature = {
  id: 'clusters',
  commands: clusterCommands,
  dialogs: lazyDialogsOf(['clusterDetails', 'joinCluster', 'suggestClusters'], () =>
    import('./ClusterDialogHost').then((m) => m.CLUSTER_DIALOGS),
  ),
  board: clustersOnBoard,
};
