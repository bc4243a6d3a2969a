import type { BoardId, ClusterId, NoteId, SessionId } from '../../../shared/ids';

/** The grouping dialogs (see clusters/ClusterDialogHost.tsx), the dialog kinds they declare. */
export type ClusterDialog =
  /** A group's headline, sub-points and quote; `isNew` when it was just made, so it asks for a name. */
  | { kind: 'clusterDetails'; sessionId: SessionId; clusterId: ClusterId; isNew: boolean }
  /** Where to put one note (or a few): a new group or one of the board's groups. */
  | { kind: 'joinCluster'; sessionId: SessionId; boardId: BoardId; noteIds: NoteId[] }
  /** "Suggest clusters": groups proposed from the board's notes, to accept, edit or dismiss. */
  | { kind: 'suggestClusters'; sessionId: SessionId; boardId: BoardId };

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    clusterDetails: Extract<ClusterDialog, { kind: 'clusterDetails' }>;
    joinCluster: Extract<ClusterDialog, { kind: 'joinCluster' }>;
    suggestClusters: Extract<ClusterDialog, { kind: 'suggestClusters' }>;
  }
}
