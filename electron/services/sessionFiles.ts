import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { SessionId } from '../../shared/ids';
import { SessionIdSchema } from '../../shared/ids';
import { loadSessionDocument } from '../../shared/document/migrations';
import type { SessionDocument } from '../../shared/document/schema';
import { fail, ok, type Result } from '../../shared/result';
import { DurableJsonFile } from './durableJsonFile';
import { deletedFolder, sessionsFolder } from './dataFolder';

/** A session's file on disk, through lowdb. */
export type SessionDb = Low<SessionDocument>;

/** The session files of one data folder: one JSON file per session, named after its id. */
export class SessionFiles {
  readonly folder: string;

  constructor(readonly dataDir: string) {
    this.folder = sessionsFolder(dataDir);
  }

  async ensureFolder(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
  }

  /** `session:abc` is stored as `session-abc.json` (a colon is not allowed in Windows file names). */
  fileOf(id: SessionId): string {
    return path.join(this.folder, `${id.replace(':', '-')}.json`);
  }

  /** The ids of every session file in the folder, ignoring anything else there. */
  async listIds(): Promise<SessionId[]> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const ids: SessionId[] = [];
    for (const name of names) {
      const match = /^session-([A-Za-z0-9_-]{1,64})\.json$/.exec(name);
      const parsed = match && SessionIdSchema.safeParse(`session:${match[1]}`);
      if (parsed?.success) ids.push(parsed.data);
    }
    return ids;
  }

  async modifiedAt(id: SessionId): Promise<number | null> {
    return stat(this.fileOf(id)).then((s) => s.mtimeMs, () => null);
  }

  /** Opens a session's file: validated and migrated, or an error that says what is wrong with it. */
  async open(id: SessionId): Promise<Result<{ db: SessionDb; migratedFrom: number | null }>> {
    const adapter = new DurableJsonFile<SessionDocument>(this.fileOf(id));
    let raw: unknown;
    try {
      raw = await adapter.read();
    } catch (error) {
      if (error instanceof SyntaxError) {
        return fail('invalid-input', `The file of session ${id} is damaged (it is not valid JSON), so it was not opened. Nothing in it was changed.`);
      }
      return fail('storage-failed', describeFileError(error, `read the file of session ${id}`));
    }
    if (raw === null) return fail('not-found', `There is no session ${id} in ${this.folder}. It may have been deleted.`);
    const loaded = loadSessionDocument(raw, `The file of session ${id}`);
    if (!loaded.ok) return loaded;
    if (loaded.value.doc.id !== id) return fail('invalid-input', `The file of session ${id} holds another session (${loaded.value.doc.id}).`);
    const db = new Low<SessionDocument>(adapter, loaded.value.doc);
    return ok({ db, migratedFrom: loaded.value.migratedFrom });
  }

  /** A new file for a new session, written before this resolves. */
  async create(doc: SessionDocument): Promise<SessionDb> {
    await this.ensureFolder();
    const db = new Low<SessionDocument>(new DurableJsonFile(this.fileOf(doc.id)), doc);
    await db.write();
    return db;
  }

  /** Moves a session's file into the data folder's `deleted` folder, stamped with the time. */
  async moveToDeleted(id: SessionId, now: Date): Promise<string> {
    const target = path.join(deletedFolder(this.dataDir), `${id.replace(':', '-')}.${now.toISOString().replace(/[:.]/g, '-')}.json`);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(this.fileOf(id), target);
    return target;
  }
}

/** A file-system error in words a facilitator can act on. */
export function describeFileError(error: unknown, doing: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full. Free some space',
    EROFS: 'the data folder is read-only. Check where Roundtable keeps its data',
    EACCES: 'Roundtable is not allowed to write there. Check the folder’s permissions',
    EPERM: 'the file is locked or not permitted (another program may have it open). Close that program',
    EBUSY: 'the file is in use by another program. Close that program',
  };
  const reason = (code && reasons[code]) ?? (error as Error)?.message ?? String(error);
  return `Could not ${doing}: ${reason}`;
}
