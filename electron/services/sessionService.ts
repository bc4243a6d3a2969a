import type { ApiEvent, ApiHandlers, AppInfo, CallContext } from '../../shared/api/contract';
import { createSessionDocument, summariseSession, type SessionSummary } from '../../shared/document/create';
import type { EventDetails, SessionDocument } from '../../shared/document/schema';
import type { SessionId } from '../../shared/ids';
import { applyOperation, operation, type Operation } from '../../shared/operations/registry';
import { ApiError } from '../../shared/result';
import type { ExerciseTemplate } from '../../shared/templates/schema';
import { Autosaver, DEFAULT_AUTOSAVE, type AutosaverOptions } from './autosaver';
import { describeFileError, SessionFiles, type SessionDb } from './sessionFiles';

interface OpenEntry {
  db: SessionDb;
  saver: Autosaver;
}

export interface SessionServiceOptions {
  dataDir: string;
  templates: ExerciseTemplate[];
  appInfo: Omit<AppInfo, 'dataDir'>;
  autosave?: AutosaverOptions;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

/**
 * The services behind the API contract, for one data folder. It is the single writer of
 * that folder's session files: every change arrives as a named operation, is applied to
 * the in-memory document at once, and reaches disk through a coalescing autosave.
 */
export class SessionService implements ApiHandlers {
  private readonly files: SessionFiles;
  private readonly open = new Map<SessionId, Promise<OpenEntry>>();
  private readonly listeners = new Set<(event: ApiEvent) => void>();
  private readonly summaries = new Map<SessionId, { mtimeMs: number; summary: SessionSummary }>();
  private readonly now: () => Date;

  constructor(private readonly options: SessionServiceOptions) {
    this.files = new SessionFiles(options.dataDir);
    this.now = options.now ?? (() => new Date());
  }

  async getAppInfo(): Promise<AppInfo> {
    return { ...this.options.appInfo, dataDir: this.options.dataDir };
  }

  async listSessions(): Promise<SessionSummary[]> {
    const summaries: SessionSummary[] = [];
    for (const id of await this.files.listIds()) {
      const summary = await this.summaryOf(id);
      if (summary) summaries.push(summary);
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async createSession(_ctx: CallContext, event: EventDetails): Promise<SessionDocument> {
    const doc = createSessionDocument(event, this.now().toISOString());
    const db = await this.files.create(doc).catch((error) => {
      throw new ApiError({ code: 'storage-failed', message: describeFileError(error, 'create the session file') });
    });
    this.open.set(doc.id, Promise.resolve(this.track(db)));
    this.emit({ type: 'sessionsChanged' });
    return doc;
  }

  async openSession(_ctx: CallContext, id: SessionId): Promise<SessionDocument> {
    return (await this.entry(id)).db.data;
  }

  async renameSession(ctx: CallContext, id: SessionId, name: string): Promise<SessionSummary> {
    await this.applyOperation(ctx, id, operation('updateEventDetails', { changes: { name } }));
    return summariseSession((await this.entry(id)).db.data);
  }

  async deleteSession(_ctx: CallContext, id: SessionId): Promise<void> {
    const pending = this.open.get(id);
    if (pending) {
      await (await pending.catch(() => null))?.saver.flush();
      this.open.delete(id);
    }
    await this.files.moveToDeleted(id, this.now()).catch((error) => {
      const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'storage-failed';
      throw new ApiError({ code, message: describeFileError(error, `delete session ${id}`) });
    });
    this.summaries.delete(id);
    this.emit({ type: 'sessionsChanged' });
  }

  async applyOperation(ctx: CallContext, id: SessionId, op: Operation): Promise<{ revision: number }> {
    const entry = await this.entry(id);
    const result = applyOperation(entry.db.data, op, this.now().toISOString());
    if (!result.ok) throw new ApiError(result.error);
    entry.db.data = result.value;
    entry.saver.changed();
    this.emit({ type: 'sessionChanged', sessionId: id, revision: result.value.revision, operation: op, origin: ctx.clientId });
    if (op.name === 'updateEventDetails') this.emit({ type: 'sessionsChanged' });
    return { revision: result.value.revision };
  }

  async listTemplates(): Promise<ExerciseTemplate[]> {
    return this.options.templates;
  }

  onEvent(listener: (event: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Writes every unsaved change now: on quit, window close, or before the process ends. */
  async flushAll(): Promise<void> {
    const entries = await Promise.all([...this.open.values()].map((p) => p.catch(() => null)));
    await Promise.all(entries.map((e) => e?.saver.flush()));
  }

  private entry(id: SessionId): Promise<OpenEntry> {
    let pending = this.open.get(id);
    if (!pending) {
      pending = this.files.open(id).then((result) => {
        if (!result.ok) throw new ApiError(result.error);
        return this.track(result.value.db);
      });
      pending.catch(() => this.open.delete(id));
      this.open.set(id, pending);
    }
    return pending;
  }

  private track(db: SessionDb): OpenEntry {
    const id = db.data.id;
    const saver = new Autosaver(
      () =>
        db.write().catch((error) => {
          throw new Error(describeFileError(error, `save “${db.data.event.name}”`));
        }),
      (status, message) => this.emit({ type: 'saveStatus', sessionId: id, status, message }),
      this.options.autosave ?? DEFAULT_AUTOSAVE,
    );
    return { db, saver };
  }

  private async summaryOf(id: SessionId): Promise<SessionSummary | null> {
    const pending = this.open.get(id);
    if (pending) {
      const entry = await pending.catch(() => null);
      if (entry) return summariseSession(entry.db.data);
    }
    const mtimeMs = await this.files.modifiedAt(id);
    const cached = this.summaries.get(id);
    if (cached && cached.mtimeMs === mtimeMs) return cached.summary;
    const opened = await this.files.open(id);
    // A damaged file is left untouched and out of the list; opening it by id reports why.
    if (!opened.ok || mtimeMs === null) return null;
    const summary = summariseSession(opened.value.db.data);
    this.summaries.set(id, { mtimeMs, summary });
    return summary;
  }

  private emit(event: ApiEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
