import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { SessionDocument } from '../../../shared/document/schema';
import type { SessionId } from '../../../shared/ids';
import { SNAPSHOT_ID_PATTERN, type SnapshotInfo, type SnapshotReason } from '../../../shared/api/storage';
import { snapshotsFolder } from '../dataFolder/dataFolder';
import { removeStaleTempFiles, writeDurably } from '../dataFolder/durableJsonFile';

export interface SnapshotPolicy {
  /** While a session changes, a snapshot is taken after a save at most this often. */
  intervalMs: number;
  /** Snapshots older than this are removed (all but the newest, which is always kept). */
  maxAgeMs: number;
  /** A session's snapshots never take more than this many bytes... */
  maxBytes: number;
  /** ...nor number more than this; the oldest go first. */
  maxCount: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = {
  intervalMs: 5 * 60 * 1000,
  maxAgeMs: 30 * DAY_MS,
  maxBytes: 100 * 1024 * 1024,
  maxCount: 300,
};

/** `2025-03-04T10:42:00.123Z` → `20250304T104200123Z`: sortable, and legal in every file system. */
function stampOf(iso: string): string {
  return iso.replace(/[-:.]/g, '');
}

function isoOf(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** What a snapshot's file name says about it, or null for any other file. */
export function parseSnapshotName(name: string, bytes = 0): SnapshotInfo | null {
  if (!name.endsWith('.json')) return null;
  const id = name.slice(0, -'.json'.length);
  const m = SNAPSHOT_ID_PATTERN.exec(id);
  if (!m) return null;
  return {
    id,
    takenAt: isoOf(m[1]),
    reason: m[2] as SnapshotReason,
    noteCount: Number(m[3]),
    exerciseCount: Number(m[4]),
    bytes,
  };
}

/**
 * The version history of every session in a data folder: whole copies of a session file,
 * one file each in `snapshots/<session file name>/`, described by their names (time, reason,
 * counts) so listing them reads no file. Written durably like the sessions themselves.
 */
export class SnapshotStore {
  constructor(
    readonly dataDir: string,
    readonly policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY,
  ) {}

  folderOf(id: SessionId): string {
    return path.join(snapshotsFolder(this.dataDir), id.replace(':', '-'));
  }

  /** The file of one snapshot; the id is checked, so it can only name a file in the session's folder. */
  fileOf(id: SessionId, snapshotId: string): string | null {
    return SNAPSHOT_ID_PATTERN.test(snapshotId) ? path.join(this.folderOf(id), `${snapshotId}.json`) : null;
  }

  /** Clears the temp files of snapshot writes a crash interrupted, in every session's history. */
  async removeStaleTempFiles(): Promise<void> {
    const folders = await readdir(snapshotsFolder(this.dataDir)).catch(() => [] as string[]);
    await Promise.all(folders.map((name) => removeStaleTempFiles(path.join(snapshotsFolder(this.dataDir), name))));
  }

  /** A session's snapshots, newest first. */
  async list(id: SessionId): Promise<SnapshotInfo[]> {
    const folder = this.folderOf(id);
    const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const found: SnapshotInfo[] = [];
    for (const name of names) {
      const info = parseSnapshotName(name);
      if (!info) continue;
      const size = await stat(path.join(folder, name)).then(
        (s) => s.size,
        () => null,
      );
      if (size !== null) found.push({ ...info, bytes: size });
    }
    return found.sort((a, b) => b.id.localeCompare(a.id));
  }

  /** Saves `text` (a session file's content) as a snapshot, then trims the history to the policy. */
  async take(
    doc: SessionDocument,
    reason: SnapshotReason,
    now: Date,
    text = JSON.stringify(doc),
  ): Promise<SnapshotInfo> {
    const folder = this.folderOf(doc.id);
    await mkdir(folder, { recursive: true });
    const notes = Object.values(doc.notes).filter((n) => n.kind === 'participant').length;
    const base = `${stampOf(now.toISOString())}-${reason}-n${notes}-e${Object.keys(doc.exercises).length}`;
    const taken = new Set(await readdir(folder));
    let id = base;
    for (let i = 1; taken.has(`${id}.json`) && i < 1000; i++) id = `${base}-${i}`;
    await writeDurably(path.join(folder, `${id}.json`), text);
    await this.prune(doc.id, now);
    return parseSnapshotName(`${id}.json`, Buffer.byteLength(text))!;
  }

  /** Removes snapshots past the age, count or size limits, oldest first; the newest one always stays. */
  async prune(id: SessionId, now: Date): Promise<void> {
    const all = await this.list(id);
    let bytes = 0;
    const doomed = all.filter((s, index) => {
      bytes += s.bytes;
      if (index === 0) return false;
      return (
        now.getTime() - Date.parse(s.takenAt) > this.policy.maxAgeMs ||
        index >= this.policy.maxCount ||
        bytes > this.policy.maxBytes
      );
    });
    await Promise.all(doomed.map((s) => unlink(path.join(this.folderOf(id), `${s.id}.json`)).catch(() => {})));
  }
}
