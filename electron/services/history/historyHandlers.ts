import type { AreaHandlers } from '../../../shared/api/contract';
import type { HISTORY_METHODS } from '../../../shared/api/methods';
import { ApiError } from '../../../shared/result';
import type { SessionStore } from '../sessions/sessionStore';
import { describeFileError } from '../sessions/sessionFiles';
import { readSnapshotDocument } from './versionHistory';

/** The history area of the API: a session's versions, and bringing back what was damaged. */
export function historyHandlers(store: SessionStore) {
  return {
    listSnapshots: (_ctx, id) =>
      store.snapshots.list(id).catch((error) => {
        throw new ApiError({
          code: 'storage-failed',
          message: describeFileError(error, `read the version history of session ${id}`),
        });
      }),
    readSnapshot: (_ctx, id, snapshotId) => readSnapshotDocument(store.snapshots, id, snapshotId),
    recoverSession: (_ctx, id, snapshotId) => store.recover(id, snapshotId),
    listStorageNotices: () => store.storageNotices(),
  } satisfies AreaHandlers<keyof typeof HISTORY_METHODS>;
}
