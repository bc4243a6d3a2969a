import { open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that survives power loss. lowdb's own JSONFile renames a temp file into
 * place but never fsyncs, so a crash can leave an empty or torn file (lowdb issue 549).
 * Here every write goes: temp file → fsync → rename over the real file → fsync the folder.
 * Writes to one file are serialised; a write asked for while one is running waits its turn.
 * Reading goes through SessionFiles, which limits and validates what it reads.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly filename: string) {}

  async read(): Promise<T | null> {
    const read = await readTextFile(this.filename, Number.MAX_SAFE_INTEGER);
    return read.kind === 'text' ? (JSON.parse(read.text) as T) : null;
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const run = this.queue.then(() => writeDurably(this.filename, text));
    this.queue = run.catch(() => {}); // A failed write must not block the next one.
    return run;
  }
}

/** The suffix of a write in progress; any left in a folder at start-up are from a crash. */
const TEMP_SUFFIX = '.tmp';

/** Writes `text` to `filename` so that after a crash the file holds either the old or the new text, whole. */
export async function writeDurably(filename: string, text: string): Promise<void> {
  const dir = path.dirname(filename);
  const temp = path.join(dir, `.${path.basename(filename)}.${process.pid}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf-8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renamePatiently(temp, filename);
  } catch (error) {
    await unlink(temp).catch(() => {}); // A half-written temp file is worth nothing; the real file is untouched.
    throw error;
  }
  await syncFolder(dir);
}

// Codes a rename gets while another program (an antivirus scan, a sync client, an editor)
// briefly holds the file. Windows reports these constantly; waiting a moment usually clears it.
const BRIEFLY_LOCKED = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_WAITS_MS = [20, 50, 100, 200, 400];

async function renamePatiently(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!BRIEFLY_LOCKED.has(code) || attempt >= RENAME_WAITS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RENAME_WAITS_MS[attempt]));
    }
  }
}

async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; its rename is durable enough once the file is synced.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export type TextFileRead = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'too-large'; bytes: number };

/** Reads a UTF-8 file unless it is larger than `maxBytes` (checked before reading, so a huge file costs nothing). */
export async function readTextFile(filename: string, maxBytes: number): Promise<TextFileRead> {
  let handle;
  try {
    handle = await open(filename, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return { kind: 'too-large', bytes: size };
    return { kind: 'text', text: await handle.readFile('utf-8') };
  } finally {
    await handle.close();
  }
}

/**
 * Removes the temp files of writes a crash interrupted. Safe only while this process is the
 * folder's one writer (see dataFolderLock.ts): the real files beside them are whole.
 */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.startsWith('.') && n.endsWith(TEMP_SUFFIX));
  await Promise.all(stale.map((n) => unlink(path.join(dir, n)).catch(() => {})));
  return stale.length;
}
