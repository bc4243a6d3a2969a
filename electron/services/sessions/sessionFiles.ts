import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { SessionId } from '../../../shared/ids';
import { SessionIdSchema } from '../../../shared/idSchemas';
import { loadSessionDocument } from '../../../shared/document/migrations';
import type { SessionDocument } from '../../../shared/document/schema';
import { parseJsonInput, SESSION_FILE_LIMITS } from '../../../shared/inputLimits';
import type { AppError } from '../../../shared/result';
import { DurableJsonFile, readTextFile, removeStaleTempFiles, writeDurably } from '../dataFolder/durableJsonFile';
import { deletedFolder, quarantineFolder, sessionsFolder } from '../dataFolder/dataFolder';
import { readableViewOfNewerFile } from './newerSessionFile';

/** A session's file on disk, through lowdb. */
export type SessionDb = Low<SessionDocument>;

/** What reading a session's file found. Only `damaged` files are quarantined; the rest are left as they are. */
export type SessionLoad =
  | { kind: 'ok'; db: SessionDb; migratedFrom: number | null; text: string }
  | { kind: 'missing' }
  | { kind: 'damaged'; reason: string }
  | { kind: 'newer'; doc: SessionDocument | null; message: string }
  | { kind: 'unreadable'; error: AppError };

export interface QuarantinedFile {
  sessionId: SessionId;
  file: string;
  at: string;
  reason: string;
}

const SESSION_FILE = /^session-([A-Za-z0-9_-]{1,64})\.json$/;
const QUARANTINED_FILE = /^session-([A-Za-z0-9_-]{1,64})\.(\d{8}T\d{9}Z)\.json$/;

/** The session files of one data folder: one JSON file per session, named after its id. */
export class SessionFiles {
  readonly folder: string;

  constructor(readonly dataDir: string) {
    this.folder = sessionsFolder(dataDir);
  }

  /** Makes the folder, and clears the temp files of writes a crash cut short (their sessions' files are whole). */
  async ensureFolder(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await removeStaleTempFiles(this.folder);
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
    return names.flatMap((name) => {
      const match = SESSION_FILE.exec(name);
      const parsed = match && SessionIdSchema.safeParse(`session:${match[1]}`);
      return parsed?.success ? [parsed.data] : [];
    });
  }

  async modifiedAt(id: SessionId): Promise<number | null> {
    return stat(this.fileOf(id)).then(
      (s) => s.mtimeMs,
      () => null,
    );
  }

  /** Reads a session's file: validated and migrated, or what is wrong with it. Never throws. */
  async load(id: SessionId): Promise<SessionLoad> {
    const what = `The file of session ${id}`;
    let read;
    try {
      read = await readTextFile(this.fileOf(id), SESSION_FILE_LIMITS.bytes);
    } catch (error) {
      return {
        kind: 'unreadable',
        error: { code: 'storage-failed', message: describeFileError(error, `read the file of session ${id}`) },
      };
    }
    if (read.kind === 'missing') return { kind: 'missing' };
    if (read.kind === 'too-large')
      return {
        kind: 'damaged',
        reason: `${what} is far larger than any session (${Math.round(read.bytes / 1024 / 1024)} MB).`,
      };
    const parsed = parseJsonInput(read.text, SESSION_FILE_LIMITS, what);
    if (!parsed.ok) return { kind: 'damaged', reason: parsed.error.message };
    const loaded = loadSessionDocument(parsed.value, what);
    if (!loaded.ok && loaded.error.code === 'unsupported-version') {
      const doc = readableViewOfNewerFile(parsed.value as Record<string, unknown>);
      return { kind: 'newer', doc: doc?.id === id ? doc : null, message: loaded.error.message };
    }
    if (!loaded.ok) return { kind: 'damaged', reason: loaded.error.message };
    if (loaded.value.doc.id !== id)
      return { kind: 'damaged', reason: `${what} holds another session (${loaded.value.doc.id}).` };
    const db = new Low<SessionDocument>(new DurableJsonFile(this.fileOf(id)), loaded.value.doc);
    return { kind: 'ok', db, migratedFrom: loaded.value.migratedFrom, text: read.text };
  }

  /** A session file written now, before this resolves; used for a new session and a recovered one. */
  async create(doc: SessionDocument): Promise<SessionDb> {
    await mkdir(this.folder, { recursive: true });
    const db = new Low<SessionDocument>(new DurableJsonFile(this.fileOf(doc.id)), doc);
    await db.write();
    return db;
  }

  /** Moves a damaged file into `quarantine/` with a note of why; returns where it went. It is never deleted. */
  async quarantine(id: SessionId, reason: string, now: Date): Promise<string> {
    const folder = quarantineFolder(this.dataDir);
    await mkdir(folder, { recursive: true });
    const target = path.join(folder, `${id.replace(':', '-')}.${now.toISOString().replace(/[-:.]/g, '')}.json`);
    await writeDurably(`${target}.why.txt`, `${reason}\n`);
    await rename(this.fileOf(id), target);
    return target;
  }

  /** Every file in quarantine, newest first, with the reason it was put there. */
  async listQuarantined(): Promise<QuarantinedFile[]> {
    const folder = quarantineFolder(this.dataDir);
    const names = await readdir(folder).catch(() => [] as string[]);
    const found: QuarantinedFile[] = [];
    for (const name of names) {
      const match = QUARANTINED_FILE.exec(name);
      if (!match) continue;
      const file = path.join(folder, name);
      const reason = (await readFile(`${file}.why.txt`, 'utf-8').catch(() => 'It could not be read as a session.'))
        .trim()
        .slice(0, 1000);
      const s = match[2];
      const at = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
      found.push({ sessionId: `session:${match[1]}`, file, at, reason });
    }
    return found.sort((a, b) => b.at.localeCompare(a.at));
  }

  /** Moves a session's file into the data folder's `deleted` folder, stamped with the time. */
  async moveToDeleted(id: SessionId, now: Date): Promise<string> {
    const target = path.join(
      deletedFolder(this.dataDir),
      `${id.replace(':', '-')}.${now.toISOString().replace(/[:.]/g, '-')}.json`,
    );
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
    EDQUOT: 'your disk quota is used up. Free some space',
    EROFS: 'the data folder is on a read-only disk. Check where Roundtable keeps its data',
    EACCES: 'Roundtable is not allowed to write there. Check the folder’s permissions',
    EPERM: 'the file is locked or not permitted (another program may have it open). Close that program',
    EBUSY: 'the file is in use by another program. Close that program',
    EIO: 'the disk reported an error. If it is a USB stick or network drive, check it is still connected',
  };
  const reason = (code && reasons[code]) ?? (error as Error)?.message ?? String(error);
  return `Could not ${doing}: ${reason}`;
}
