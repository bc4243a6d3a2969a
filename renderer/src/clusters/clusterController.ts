import type { ClusterId } from '../../../shared/ids';

/** What the palette, toolbar and keys can ask of the board's grouping (see clusterCommands.ts). */
export interface ClusterController {
  /** Groups the selected notes (two or more); with one selected, asks which group it joins. */
  group(): void;
  /** Ungroups every group a selected note is in; the notes stay where they are. */
  ungroup(): void;
  /** Opens the details (headline, sub-points, quote) of the selected notes' group. */
  editGroup(): void;
  /** Selects all the notes of the selected note's group, to move the group as one. */
  selectGroup(): void;
  /** Takes the selected notes out of their groups. */
  takeOut(): void;
  /** The one group all the selected notes are in, if any. */
  selectedCluster(): ClusterId | null;
}

declare module '../state/boardController' {
  interface BoardFeatureControllers {
    /** Grouping notes into clusters (see useClusterActions.ts). */
    clusters: ClusterController;
  }
}
