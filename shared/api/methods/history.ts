import { z } from 'zod';
import { SessionIdSchema } from '../../idSchemas';
import type { SessionDocument } from '../../document/schema';
import type { SessionSummary } from '../../document/create';
import { SnapshotIdSchema, type SnapshotInfo, type StorageNotice } from '../storage';
import { method, returns } from '../define';

/** Version history, and the files that were damaged or come from a newer Roundtable. */
export const HISTORY_METHODS = {
  /** A session's version history, newest first (it survives the session's file being damaged). */
  listSnapshots: method({ args: z.tuple([SessionIdSchema]), result: returns<SnapshotInfo[]>() }),
  /** One version from the history, migrated to this build's format; restore it with the `restoreVersion` operation. */
  readSnapshot: method({ args: z.tuple([SessionIdSchema, SnapshotIdSchema]), result: returns<SessionDocument>() }),
  /** Brings back a session whose file was damaged (and quarantined) from a version in its history. */
  recoverSession: method({ args: z.tuple([SessionIdSchema, SnapshotIdSchema]), result: returns<SessionSummary>() }),
  /** Damaged files that were quarantined and files from a newer Roundtable, each with what the user can do. */
  listStorageNotices: method({ args: z.tuple([]), result: returns<StorageNotice[]>() }),
};
