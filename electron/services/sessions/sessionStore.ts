import type { ApiEvent, CallContext, StorageNotice } from '../../../shared/api/contract';
import { createSessionDocument, summariseSession, type SessionSummary } from '../../../shared/document/create';
import type { EventDetails, SessionDocument } from '../../../shared/document/schema';
import type { SessionId } from '../../../shared/ids';
import { applyOperation, type Operation } from '../../../shared/operations/registry';
import { ApiError } from '../../../shared/result';
import type { SnapshotReason } from '../../../shared/api/storage';
import { Autosaver, DEFAULT_AUTOSAVE, type AutosaverOptions } from './autosaver';
import { Low, Memory } from 'lowdb';
import { describeFileError, SessionFiles, type SessionDb } from './sessionFiles';
import { DEFAULT_SNAPSHOT_POLICY, SnapshotStore, type SnapshotPolicy } from '../history/snapshots';
import { quarantineNotices, readSnapshotDocument } from '../history/versionHistory';
import { ChangeJournal } from '../history/changeJournal';
import { SessionCatalog } from './sessionCatalog';

interface OpenEntry {
  db: SessionDb;
  /** Null for a read-only session, which is never written. */
  saver: Autosaver | null;
  /** Why the session cannot be changed (a newer Roundtable wrote it), or null. */
  readOnly: string | null;
  lastSnapshotAt: number;
  /** The scheduled snapshot being written, if any. */
  snapshotting: Promise<void> | null;
  /** The queue behind an operation that waits (a restore writing its snapshot first), and how many are in it. */
  applying: Promise<unknown>;
  waiting: number;
}

export interface SessionStoreOptions {
  dataDir: string;
  autosave?: AutosaverOptions;
  snapshots?: SnapshotPolicy;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

/** A session whose changes could not be written, for the quit dialog. */
export interface UnsavedSession {
  sessionId: SessionId;
  name: string;
}

/** A copy taken before something replaces a session wholesale: why, in the words an error gives. */
const BEFORE: Record<Extract<SnapshotReason, 'before-restore' | 'before-migration'>, string> = {
  'before-restore': 'restoring an earlier version',
  'before-migration': 'updating its file to this version’s format',
};

/**
 * The single writer of one data folder's session files, and the one place they change: every
 * change arrives as a named operation, is applied to the in-memory document at once (one at a
 * time per session, in arrival order), and reaches disk through a coalescing autosave, with its
 * journal and version history. A damaged file is quarantined and reported; a newer one is shown
 * read-only, never written. The API's handlers (sessionHandlers.ts, and the other areas') call it.
 */
export class SessionStore {
  private readonly files: SessionFiles;
  readonly snapshots: SnapshotStore;
  private readonly journal: ChangeJournal;
  private readonly open = new Map<SessionId, Promise<OpenEntry>>();
  private readonly listeners = new Set<(event: ApiEvent) => void>();
  private readonly catalog: SessionCatalog;
  readonly now: () => Date;
  private listChangedTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: SessionStoreOptions) {
    this.files = new SessionFiles(options.dataDir);
    this.snapshots = new SnapshotStore(options.dataDir, options.snapshots ?? DEFAULT_SNAPSHOT_POLICY);
    this.journal = new ChangeJournal(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.catalog = new SessionCatalog(this.files, this.now, () => this.listChangedSoon());
  }

  /** Every session that can be shown, newest change first; looking quarantines any damaged file it meets. */
  async list(): Promise<SessionSummary[]> {
    const summaries: SessionSummary[] = [];
    for (const id of await this.files.listIds()) {
      const doc = await this.inspect(id);
      if (doc) summaries.push(summariseSession(doc));
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async create(event: EventDetails): Promise<SessionDocument> {
    const doc = createSessionDocument(event, this.now().toISOString());
    await this.add(doc);
    return doc;
  }

  /** Writes a new session's file and opens it (a new session, or one imported). */
  async add(doc: SessionDocument): Promise<void> {
    const db = await this.files.create(doc).catch((error) => {
      throw new ApiError({ code: 'storage-failed', message: describeFileError(error, 'create the session file') });
    });
    this.open.set(doc.id, this.track(db, null));
    this.emit({ type: 'sessionsChanged' });
  }

  /** The session as it is now (opened from its file the first time). */
  async document(id: SessionId): Promise<SessionDocument> {
    return (await this.entry(id)).db.data;
  }

  /** Saves what is waiting, then moves the file to the deleted folder (never erased). */
  async delete(id: SessionId): Promise<void> {
    const pending = this.open.get(id);
    if (pending) {
      await (await pending.catch(() => null))?.saver?.flush();
      this.open.delete(id);
    }
    await this.files.moveToDeleted(id, this.now()).catch((error) => {
      const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'storage-failed';
      throw new ApiError({ code, message: describeFileError(error, `delete session ${id}`) });
    });
    this.catalog.forget(id);
    this.emit({ type: 'sessionsChanged' });
  }

  /** Applies one operation, in arrival order; resolves with the new revision once applied (saving follows). */
  async apply(ctx: CallContext, id: SessionId, op: Operation): Promise<{ revision: number }> {
    const entry = await this.entry(id);
    if (entry.readOnly || !entry.saver)
      throw new ApiError({ code: 'unsupported-version', message: entry.readOnly ?? 'This session is read-only.' });
    // Most operations apply at once. A restore first waits for its snapshot, and whatever
    // arrives meanwhile queues behind it, so operations always apply in arrival order.
    if (entry.waiting === 0 && op.name !== 'restoreVersion') return this.applyNow(ctx, entry, op);
    entry.waiting++;
    const run = entry.applying.then(async () => {
      if (op.name === 'restoreVersion') await this.snapshotBefore(entry, 'before-restore');
      return this.applyNow(ctx, entry, op);
    });
    entry.applying = run.catch(() => {}).finally(() => entry.waiting--);
    return run;
  }

  private applyNow(ctx: CallContext, entry: OpenEntry, op: Operation): { revision: number } {
    const id = entry.db.data.id;
    const before = entry.db.data.updatedAt;
    const at = this.now().toISOString();
    const result = applyOperation(entry.db.data, op, at);
    if (!result.ok) throw new ApiError(result.error);
    entry.db.data = result.value;
    this.journal.record(id, { revision: result.value.revision, at, before, op });
    entry.saver!.changed();
    this.emit({
      type: 'sessionChanged',
      sessionId: id,
      revision: result.value.revision,
      operation: op,
      origin: ctx.clientId,
    });
    if (op.name === 'updateEventDetails' || op.name === 'restoreVersion') this.emit({ type: 'sessionsChanged' });
    return { revision: result.value.revision };
  }

  /** Brings back a session whose file was damaged from a snapshot, with the journal's later changes replayed over it. */
  async recover(id: SessionId, snapshotId: string): Promise<SessionSummary> {
    if ((await this.files.listIds()).includes(id)) {
      throw new ApiError({
        code: 'conflict',
        message: `Session ${id} has a file already. Use its version history to go back to an earlier version.`,
      });
    }
    // The changes saved after that snapshot come back too, from the journal.
    const { doc } = await this.journal.replayOnto(await readSnapshotDocument(this.snapshots, id, snapshotId));
    const db = await this.files.create(doc).catch((error) => {
      throw new ApiError({
        code: 'storage-failed',
        message: describeFileError(error, `write the recovered session “${doc.event.name}”`),
      });
    });
    // The recovered state becomes the newest snapshot, and the journal starts again from it.
    await this.snapshots
      .take(doc, 'scheduled', this.now())
      .then(() => this.journal.reset(id))
      .catch(() => {}); // The session itself is written; its history catches up with the next save.
    this.open.set(id, this.track(db, null));
    this.emit({ type: 'sessionsChanged' });
    return summariseSession(doc);
  }

  /** Damaged (quarantined) files with their last good snapshot, and files from a newer Roundtable. */
  async storageNotices(): Promise<StorageNotice[]> {
    await this.list(); // Looks at every file, so any damaged one is quarantined and any newer one known.
    return [...(await quarantineNotices(this.files, this.snapshots, this.journal)), ...this.catalog.newerNotices()];
  }

  /** Resolves once every change applied to the session so far is on disk (at once when nothing is waiting). */
  async whenSaved(id: SessionId): Promise<void> {
    const entry = await this.open.get(id)?.catch(() => null);
    await entry?.saver?.whenSaved();
  }

  onEvent(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Tells every listener (each window, the room) something changed. */
  emit(event: ApiEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /**
   * Writes every unsaved change now: on quit, window close, or before the process ends.
   * Resolves with the sessions that still could not be written (their changes stay in memory).
   */
  async flushAll(): Promise<UnsavedSession[]> {
    const entries = await Promise.all([...this.open.values()].map((p) => p.catch(() => null)));
    await Promise.all(entries.map((e) => e?.saver?.flush()));
    await Promise.all(entries.map((e) => e?.snapshotting));
    return entries.flatMap((e) =>
      e?.saver?.hasUnsavedChanges ? [{ sessionId: e.db.data.id, name: e.db.data.event.name }] : [],
    );
  }

  private entry(id: SessionId): Promise<OpenEntry> {
    let pending = this.open.get(id);
    if (!pending) {
      pending = this.load(id);
      pending.catch(() => this.open.delete(id));
      this.open.set(id, pending);
    }
    return pending;
  }

  private async load(id: SessionId): Promise<OpenEntry> {
    const found = await this.files.load(id);
    switch (found.kind) {
      case 'ok': {
        const entry = await this.track(found.db, null);
        // The first save rewrites an older-format file in this build's format: keep the original first.
        if (found.migratedFrom !== null) await this.snapshotBefore(entry, 'before-migration', found.text);
        return entry;
      }
      case 'newer': {
        const message = this.catalog.noteNewer(id, found.doc, found.message);
        if (!found.doc) throw new ApiError({ code: 'unsupported-version', message });
        // Held in memory only: nothing can reach the newer file through this entry.
        return this.track(new Low<SessionDocument>(new Memory(), found.doc), message);
      }
      case 'damaged':
        throw new ApiError({ code: 'invalid-input', message: await this.catalog.quarantine(id, found.reason) });
      case 'missing': {
        const quarantined = (await this.files.listQuarantined()).find((q) => q.sessionId === id);
        if (quarantined)
          throw new ApiError({
            code: 'not-found',
            message: `${quarantined.reason} Its file was moved to ${quarantined.file}; the notice beside the sessions list offers its last good version, if it has one.`,
          });
        throw new ApiError({
          code: 'not-found',
          message: `There is no session ${id} in ${this.files.folder}. It may have been deleted.`,
        });
      }
      case 'unreadable':
        throw new ApiError(found.error);
    }
  }

  private async track(db: SessionDb, readOnly: string | null): Promise<OpenEntry> {
    const id = db.data.id;
    const newest = readOnly ? undefined : (await this.snapshots.list(id).catch(() => []))[0];
    const entry: OpenEntry = {
      db,
      saver: null,
      readOnly,
      lastSnapshotAt: newest ? Date.parse(newest.takenAt) : 0,
      snapshotting: null,
      applying: Promise.resolve(),
      waiting: 0,
    };
    if (readOnly) return entry;
    entry.saver = new Autosaver(
      async () => {
        const doc = db.data;
        // The journal first: if the file is later damaged, it holds what this save wrote.
        await this.journal.write(id).catch(() => {}); // Kept pending and tried again; the save goes ahead.
        await db.write().catch((error) => {
          throw new Error(describeFileError(error, `save “${doc.event.name}”`));
        });
        // Not awaited: a snapshot must never hold up the next save.
        this.scheduledSnapshot(entry, doc);
      },
      (status, message) => this.emit({ type: 'saveStatus', sessionId: id, status, message }),
      this.options.autosave ?? DEFAULT_AUTOSAVE,
    );
    return entry;
  }

  /** While a session changes, a copy of it goes into its version history every few minutes. */
  private scheduledSnapshot(entry: OpenEntry, doc: SessionDocument): void {
    const now = this.now();
    if (entry.snapshotting || now.getTime() - entry.lastSnapshotAt < this.snapshots.policy.intervalMs) return;
    entry.snapshotting = this.snapshots
      .take(doc, 'scheduled', now)
      .then(async () => {
        entry.lastSnapshotAt = now.getTime();
        await this.journal.trimTo(doc.id, doc.revision);
      })
      .catch(() => {}); // The session itself is saved; the snapshot (or the trim) is tried again after the next save.
    void entry.snapshotting.finally(() => (entry.snapshotting = null));
  }

  /** A copy of the session as it is, before something replaces it wholesale; if that fails, nothing goes ahead. */
  private async snapshotBefore(entry: OpenEntry, reason: keyof typeof BEFORE, text?: string): Promise<void> {
    const doc = entry.db.data;
    try {
      await this.snapshots.take(doc, reason, this.now(), text);
      // A change that arrived while the copy was written must be in the copy too.
      if (entry.db.data !== doc) await this.snapshots.take(entry.db.data, reason, this.now());
      entry.lastSnapshotAt = this.now().getTime();
    } catch (error) {
      throw new ApiError({
        code: 'storage-failed',
        message: `${describeFileError(error, `keep a copy of “${doc.event.name}” before ${BEFORE[reason]}`)}. Nothing was changed.`,
      });
    }
  }

  /** A session for the list: from memory when open, else from its file. */
  private async inspect(id: SessionId): Promise<SessionDocument | null> {
    const entry = await this.open.get(id)?.catch(() => null);
    return entry ? entry.db.data : this.catalog.inspect(id);
  }

  /**
   * One sessionsChanged for a run of files quarantined one after another: a folder of 115
   * damaged files is one change to the list, not 115 (each of which every window answers by
   * listing the sessions again).
   */
  private listChangedSoon(): void {
    if (this.listChangedTimer) clearTimeout(this.listChangedTimer);
    this.listChangedTimer = setTimeout(() => {
      this.listChangedTimer = null;
      this.emit({ type: 'sessionsChanged' });
    }, 100);
  }
}
