import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { SessionDocument } from '../../../shared/document/schema';
import type { SessionId } from '../../../shared/ids';
import { API_CALL_LIMITS, parseJsonInput, SESSION_FILE_LIMITS } from '../../../shared/inputLimits';
import { applyOperation, type Operation } from '../../../shared/operations/registry';
import { OperationSchema } from '../../../shared/operations/operationSchemas';
import { readTextFile, writeDurably } from '../dataFolder/durableJsonFile';

/**
 * One change as it was applied: the revision it made, when, the operation, and the
 * `updatedAt` of the document it applied to, which ties it to that very document (not
 * another session that once had the same id and revision).
 */
export interface JournalEntry {
  revision: number;
  at: string;
  before: string;
  op: Operation;
}

/** The folder of every session's journal: `<data>/journal/<session file name>.ndjson`. */
export function journalFolder(dataDir: string): string {
  return path.join(dataDir, 'journal');
}

/**
 * A write-ahead journal of each session's operations since its newest snapshot: one JSON line
 * per change, appended (and fsynced) by each save just before the session's file is written,
 * and cut back to what follows each new snapshot. A damaged file is restored from its last
 * good snapshot with the journal replayed over it, so what was saved comes back, not only what
 * the snapshot every few minutes held. Operations are pure, so replaying one with its
 * recorded time gives the same document again.
 */
export class ChangeJournal {
  private readonly pending = new Map<SessionId, JournalEntry[]>();
  private readonly queues = new Map<SessionId, Promise<unknown>>();

  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = journalFolder(dataDir);
  }

  fileOf(id: SessionId): string {
    return path.join(this.folder, `${id.replace(':', '-')}.ndjson`);
  }

  /** Notes a change just applied in memory; it reaches the journal with the next save. */
  record(id: SessionId, entry: JournalEntry): void {
    const list = this.pending.get(id);
    if (list) list.push(entry);
    else this.pending.set(id, [entry]);
  }

  /**
   * Appends the changes recorded since the last write, durably. If it fails they stay
   * pending and are appended again next time (a replay skips what it has already applied).
   */
  write(id: SessionId): Promise<void> {
    return this.queued(id, async () => {
      const entries = this.pending.get(id);
      if (!entries?.length) return;
      this.pending.delete(id);
      try {
        await mkdir(this.folder, { recursive: true });
        // A leading newline ends any line a crash cut short, so it cannot swallow these.
        const text = `\n${entries.map((e) => JSON.stringify(e)).join('\n')}`;
        const handle = await open(this.fileOf(id), 'a');
        try {
          await handle.writeFile(text, 'utf-8');
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (error) {
        this.pending.set(id, [...entries, ...(this.pending.get(id) ?? [])]);
        throw error;
      }
    });
  }

  /** After a snapshot of `revision` is on disk: keeps only the changes that came after it. */
  trimTo(id: SessionId, revision: number): Promise<void> {
    return this.queued(id, async () => {
      const entries = (await this.read(id)).filter((e) => e.revision > revision);
      await writeDurably(this.fileOf(id), entries.map((e) => JSON.stringify(e)).join('\n'));
    });
  }

  /** Starts a session's journal afresh (a recovered session, whose snapshot holds everything). */
  reset(id: SessionId): Promise<void> {
    this.pending.delete(id);
    return this.queued(id, async () => {
      await mkdir(this.folder, { recursive: true });
      await writeDurably(this.fileOf(id), '');
    });
  }

  /**
   * `doc` (a snapshot) with the journal's later changes applied in order, each at its
   * recorded time, up to the first that is missing, damaged or does not apply.
   */
  async replayOnto(
    doc: SessionDocument,
  ): Promise<{ doc: SessionDocument; replayed: number; lastChangeAt: string | null }> {
    let current = doc;
    let replayed = 0;
    let lastChangeAt: string | null = null;
    for (const entry of await this.read(doc.id)) {
      if (entry.revision <= current.revision) continue;
      if (entry.revision !== current.revision + 1 || entry.before !== current.updatedAt) break;
      const result = applyOperation(current, entry.op, entry.at);
      if (!result.ok || result.value.revision !== entry.revision) break;
      current = result.value;
      replayed++;
      lastChangeAt = entry.at;
    }
    return { doc: current, replayed, lastChangeAt };
  }

  /** The journal's entries that read cleanly, in order; any other line (cut short, edited) is left out. */
  private async read(id: SessionId): Promise<JournalEntry[]> {
    const file = await readTextFile(this.fileOf(id), SESSION_FILE_LIMITS.bytes).catch(() => null);
    if (file?.kind !== 'text') return [];
    const entries: JournalEntry[] = [];
    for (const line of file.text.split('\n')) {
      if (line.trim() === '') continue;
      const parsed = parseJsonInput(line, API_CALL_LIMITS, 'A journal entry');
      const value = parsed.ok ? (parsed.value as Partial<JournalEntry>) : null;
      const op = value ? OperationSchema.safeParse(value.op) : null;
      if (!value || !op?.success || !Number.isSafeInteger(value.revision)) continue;
      if (typeof value.at !== 'string' || typeof value.before !== 'string') continue;
      entries.push({ revision: value.revision!, at: value.at, before: value.before, op: op.data });
    }
    return entries;
  }

  private queued<T>(id: SessionId, run: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(id) ?? Promise.resolve()).then(run);
    this.queues.set(
      id,
      next.catch(() => {}),
    );
    return next;
  }
}
