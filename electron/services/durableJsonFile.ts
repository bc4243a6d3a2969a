import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that survives power loss. lowdb's own JSONFile renames a temp file into
 * place but never fsyncs, so a crash can leave an empty or torn file (lowdb issue 549).
 * Here every write goes: temp file → fsync → rename over the real file → fsync the folder.
 * Writes to one file are serialised; a write asked for while one is running waits its turn.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly filename: string) {}

  /** The parsed file, or null when it does not exist. A file that is not JSON throws a SyntaxError. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.filename, 'utf-8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    const run = this.queue.then(() => writeDurably(this.filename, text));
    this.queue = run.catch(() => {}); // A failed write must not block the next one.
    return run;
  }
}

/** Writes `text` to `filename` so that after a crash the file holds either the old or the new text, whole. */
export async function writeDurably(filename: string, text: string): Promise<void> {
  const dir = path.dirname(filename);
  const temp = path.join(dir, `.${path.basename(filename)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf-8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, filename);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(dir);
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
