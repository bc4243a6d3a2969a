import { z } from 'zod';
import type { SessionId } from '../ids';

/** Why a snapshot of a session was taken. */
export type SnapshotReason = 'scheduled' | 'before-restore' | 'before-import' | 'before-migration';

export const SNAPSHOT_REASONS: readonly SnapshotReason[] = [
  'scheduled',
  'before-restore',
  'before-import',
  'before-migration',
];

/** One saved version of a session in its version history. */
export interface SnapshotInfo {
  /** Stable id within the session, e.g. `20250304T104200123Z-scheduled-n42-e2`. */
  id: string;
  takenAt: string;
  reason: SnapshotReason;
  /** Participant notes in that version (reference cards are not counted, as everywhere). */
  noteCount: number;
  exerciseCount: number;
  bytes: number;
}

/**
 * A snapshot id: a UTC time stamp, the reason, the note and exercise counts and an optional
 * tie-breaker. Only ids of this form are accepted, so no path can be smuggled through one.
 */
export const SNAPSHOT_ID_PATTERN =
  /^(\d{8}T\d{9}Z)-(scheduled|before-restore|before-import|before-migration)-n(\d{1,6})-e(\d{1,5})(?:-(\d{1,3}))?$/;

export const SnapshotIdSchema = z
  .string()
  .max(80)
  .regex(SNAPSHOT_ID_PATTERN, 'must be a snapshot id from the version history');

/** Something about a session's file the user must know: shown beside the sessions list until dealt with. */
export type StorageNotice =
  | {
      /** The file was damaged; it was moved to the quarantine folder (never deleted). */
      kind: 'quarantined';
      sessionId: SessionId;
      /** The session's name, when a snapshot of it tells us; the damaged file cannot. */
      eventName: string | null;
      message: string;
      /** What exactly is wrong with the file, for whoever mends it by hand. */
      detail: string;
      /** Where the damaged file now is. */
      quarantinedFile: string;
      /** The newest snapshot that loads cleanly, which `recoverSession` can bring back. */
      lastGoodSnapshot: SnapshotInfo | null;
    }
  | {
      /** Written by a newer Roundtable: opened read-only (when it can be shown at all), never overwritten. */
      kind: 'newer-version';
      sessionId: SessionId;
      eventName: string | null;
      message: string;
      canOpen: boolean;
    };
