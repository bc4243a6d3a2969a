import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { readFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import { lockFile } from './dataFolder';

/** Who holds a data folder: written into its lock file. */
export interface LockHolder {
  pid: number;
  mode: 'desktop' | 'browser';
  hostname: string;
  startedAt: string;
}

/** Thrown when another live Roundtable already writes to the data folder. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly holder: LockHolder,
    readonly lockPath: string,
    dataDir: string,
  ) {
    const who = holder.mode === 'browser' ? 'Roundtable in browser mode' : 'the Roundtable desktop app';
    const since = new Date(holder.startedAt).toLocaleString('en-GB');
    super(
      `Another Roundtable is already using the data folder ${dataDir} (${who}, process ${holder.pid}, started ${since}). ` +
        'Only one may write to it at a time, so this one did not start. Stop the other one (Ctrl+C where it runs, or close its window), ' +
        `or choose another folder with --data-dir. If no other Roundtable is running, delete ${lockPath} and try again.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  /** Gives the folder up; also done when the process exits normally. */
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // Sends nothing: only asks whether the process exists.
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // It exists but is someone else's.
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (
      !Number.isInteger(value.pid) ||
      (value.mode !== 'desktop' && value.mode !== 'browser') ||
      typeof value.startedAt !== 'string'
    )
      return null;
    return { pid: value.pid!, mode: value.mode, hostname: String(value.hostname ?? ''), startedAt: value.startedAt };
  } catch {
    return null;
  }
}

/**
 * Makes this process the one writer of `dataDir`, or throws DataFolderInUseError naming the
 * one that is. A lock left by a process that has died (a crash, a kill) is taken over; a
 * lock from another machine (a shared folder) is respected, since we cannot see its process.
 */
export async function acquireDataFolderLock(
  dataDir: string,
  mode: LockHolder['mode'],
  now = new Date(),
): Promise<DataFolderLock> {
  await mkdir(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  const me: LockHolder = { pid: process.pid, mode, hostname: os.hostname(), startedAt: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me), 'utf-8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      return holdUntilExit(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = parseHolder(await readFile(file, 'utf-8').catch(() => ''));
    const stale = !holder || (holder.hostname === me.hostname && holder.pid !== process.pid && !isAlive(holder.pid));
    if (holder && !stale) throw new DataFolderInUseError(holder, file, dataDir);
    await unlink(file).catch(() => {});
  }
  throw new Error(
    `Could not take the lock ${file}: it keeps reappearing. Another Roundtable may be starting on the same folder.`,
  );
}

function holdUntilExit(file: string): DataFolderLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      // Only ever remove our own lock, never one another process took over.
      if (parseHolder(readFileSync(file, 'utf-8'))?.pid === process.pid) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  process.on('exit', release);
  return { release };
}
