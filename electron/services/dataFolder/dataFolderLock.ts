import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { readFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import { lockFile } from './dataFolder';
import { processStartTime } from './processStartTime';
import { parseStrictJson } from '../../../shared/strictJson';

/** Who holds a data folder: written into its lock file. */
export interface LockHolder {
  pid: number;
  mode: 'desktop' | 'browser';
  hostname: string;
  /** When the lock was taken. */
  startedAt: string;
  /** When the holding process started, as the system records it: with `pid`, it names that one process. Absent in older locks. */
  processStartedAt?: string;
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

/** What we know of the live process that now has the lock's process id. */
export interface LiveProcess {
  alive: boolean;
  /** When it started (ms since 1970), or null if the system does not say. */
  startedAt: number | null;
}

/**
 * Start times read twice (by Linux from its boot time, by `ps` to the second) differ by a
 * little; two different processes with one id cannot start this close together and both
 * before the lock was taken.
 */
const SAME_START_MS = 5_000;

/**
 * Whether the process that took `holder`'s lock is still running, judged from the live process
 * with its id. A process id alone proves nothing: after a crash or a reboot another program
 * may have it. So the live one must have started before the lock was taken and, where the
 * lock says when its holder started, at that time. When the start time cannot be read, a
 * live process is taken to be the holder (refusing is safe; the message says how to go on).
 */
export function isHolderRunning(holder: LockHolder, live: LiveProcess): boolean {
  if (!live.alive) return false;
  if (live.startedAt === null) return true;
  if (live.startedAt > Date.parse(holder.startedAt) + SAME_START_MS) return false;
  if (holder.processStartedAt === undefined) return true;
  return Math.abs(live.startedAt - Date.parse(holder.processStartedAt)) <= SAME_START_MS;
}

async function liveProcess(pid: number): Promise<LiveProcess> {
  if (!isAlive(pid)) return { alive: false, startedAt: null };
  return { alive: true, startedAt: await processStartTime(pid) };
}

function isoTime(value: unknown): string | undefined {
  return typeof value === 'string' && Number.isFinite(Date.parse(value)) ? value : undefined;
}

function parseHolder(text: string): LockHolder | null {
  const json = parseStrictJson(text, 'The lock');
  if (!json.ok || typeof json.value !== 'object' || json.value === null) return null;
  const value = json.value as Partial<LockHolder>;
  const startedAt = isoTime(value.startedAt);
  if (!Number.isInteger(value.pid) || (value.mode !== 'desktop' && value.mode !== 'browser') || !startedAt) return null;
  const processStartedAt = isoTime(value.processStartedAt);
  return {
    pid: value.pid!,
    mode: value.mode,
    hostname: String(value.hostname ?? ''),
    startedAt,
    ...(processStartedAt ? { processStartedAt } : {}),
  };
}

/**
 * Makes this process the one writer of `dataDir`, or throws DataFolderInUseError naming the
 * one that is. A lock left by a process that is no longer running (a crash, a kill, a reboot,
 * even if another program now has its process id) is taken over; a lock from another machine
 * (a shared folder) is respected, since we cannot see its process.
 */
export async function acquireDataFolderLock(
  dataDir: string,
  mode: LockHolder['mode'],
  now = new Date(),
): Promise<DataFolderLock> {
  await mkdir(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  const myStart = (await processStartTime(process.pid)) ?? Date.now() - process.uptime() * 1000;
  const me: LockHolder = {
    pid: process.pid,
    mode,
    hostname: os.hostname(),
    startedAt: now.toISOString(),
    processStartedAt: new Date(myStart).toISOString(),
  };
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
    const running =
      holder !== null && (holder.hostname !== me.hostname || isHolderRunning(holder, await liveProcess(holder.pid)));
    if (holder && running) throw new DataFolderInUseError(holder, file, dataDir);
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
