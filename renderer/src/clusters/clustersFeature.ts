import type { Feature } from '../feature';
import { clusterCommands } from './clusterCommands';
import { CLUSTER_DIALOGS } from './ClusterDialogHost';
import { clustersOnBoard } from './clustersOnBoard';

/** Grouping notes into clusters: commands, dialogs (details, join, suggestions) and groups drawn on the board. */
export const clustersFeature: Feature = {
  id: 'clusters',
  commands: clusterCommands,
  dialogs: CLUSTER_DIALOGS,
  board: clustersOnBoard,
};
