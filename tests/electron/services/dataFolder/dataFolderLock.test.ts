import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireDataFolderLock,
  DataFolderInUseError,
  isHolderRunning,
  type LockHolder,
} from '../../../../electron/services/dataFolder/dataFolderLock';
import { tempFolder } from '../../../helpers/tempFolder';

const ROOT = path.join(import.meta.dirname, '..', '..', '..', '..');
const CLI = path.join(ROOT, 'electron', 'server', 'cli.ts');
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** `npm run serve -- --port 0 --data-dir DIR`, from source: resolves when it prints its address or exits. */
function serve(
  dataDir: string,
): Promise<{ child: ChildProcess; url: string | null; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /Roundtable is running at (\S+)/.exec(stdout);
      if (match) resolve({ child, url: match[1], code: null, stderr });
    });
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ child, url: null, code, stderr }));
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

describe('one writer per data folder', () => {
  it('refuses a second browser-mode server on the same folder, saying who holds it and what to do', async () => {
    const dataDir = await tempFolder();
    const first = await serve(dataDir);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);

    const second = await serve(dataDir);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      new RegExp(
        `Another Roundtable is already using the data folder ${dataDir} \\(Roundtable in browser mode, process ${first.child.pid}`,
      ),
    );
    expect(second.stderr).toMatch(/Stop the other one .* or choose another folder with --data-dir/);

    // Another folder is fine at the same time.
    const elsewhere = await serve(await tempFolder());
    expect(elsewhere.url).not.toBeNull();

    await stop(first.child, 'SIGINT');
    await expect(stat(path.join(dataDir, 'roundtable.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await serve(dataDir)).url).not.toBeNull();
  }, 60_000);

  it('takes over the lock of a server that was killed', async () => {
    const dataDir = await tempFolder();
    const first = await serve(dataDir);
    await stop(first.child, 'SIGKILL');
    expect(JSON.parse(await readFile(path.join(dataDir, 'roundtable.lock'), 'utf-8')).pid).toBe(first.child.pid);
    expect((await serve(dataDir)).url).not.toBeNull();
  }, 60_000);

  it('in one process: refuses a second hold, and frees the folder on release', async () => {
    const dataDir = await tempFolder();
    const lock = await acquireDataFolderLock(dataDir, 'desktop');
    await expect(acquireDataFolderLock(dataDir, 'browser')).rejects.toBeInstanceOf(DataFolderInUseError);
    lock.release();
    (await acquireDataFolderLock(dataDir, 'browser')).release();
  });

  it('treats a lock file that is not one (damaged, empty) as stale', async () => {
    const dataDir = await tempFolder();
    await writeFile(path.join(dataDir, 'roundtable.lock'), '{"pid": "nonsense');
    (await acquireDataFolderLock(dataDir, 'browser')).release();
  });

  describe('a process id alone does not make a holder', () => {
    const HOUR_AGO = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    /** A real program that is not Roundtable, running now, as any program may get the id of a crashed one. */
    function unrelatedProcess(): ChildProcess {
      const child = spawn('sleep', ['60'], { stdio: 'ignore' });
      running.push(child);
      return child;
    }
    const lockOf = (holder: LockHolder) => JSON.stringify(holder);

    it('takes over a lock whose process id now belongs to a live program that is not its holder', async () => {
      const dataDir = await tempFolder();
      const other = unrelatedProcess();
      await writeFile(
        path.join(dataDir, 'roundtable.lock'),
        lockOf({
          pid: other.pid!,
          mode: 'desktop',
          hostname: os.hostname(),
          startedAt: HOUR_AGO,
          processStartedAt: HOUR_AGO,
        }),
      );
      const lock = await acquireDataFolderLock(dataDir, 'browser');
      expect(JSON.parse(await readFile(path.join(dataDir, 'roundtable.lock'), 'utf-8')).pid).toBe(process.pid);
      expect(other.exitCode).toBeNull(); // Left alone: it was only checked.
      lock.release();
    });

    it('takes over such a lock written by an older Roundtable, which did not record its start time', async () => {
      const dataDir = await tempFolder();
      const other = unrelatedProcess();
      await writeFile(
        path.join(dataDir, 'roundtable.lock'),
        lockOf({ pid: other.pid!, mode: 'browser', hostname: os.hostname(), startedAt: HOUR_AGO }),
      );
      (await acquireDataFolderLock(dataDir, 'desktop')).release();
    });

    it('takes over a lock from before a reboot that names this very process id', async () => {
      const dataDir = await tempFolder();
      await writeFile(
        path.join(dataDir, 'roundtable.lock'),
        lockOf({
          pid: process.pid,
          mode: 'desktop',
          hostname: os.hostname(),
          startedAt: HOUR_AGO,
          processStartedAt: '2020-01-01T09:00:00.000Z',
        }),
      );
      (await acquireDataFolderLock(dataDir, 'browser')).release();
    });

    it('still refuses while the holder runs, and respects a lock from another machine', async () => {
      const dataDir = await tempFolder();
      const lock = await acquireDataFolderLock(dataDir, 'desktop');
      const holder = JSON.parse(await readFile(path.join(dataDir, 'roundtable.lock'), 'utf-8')) as LockHolder;
      expect(holder.processStartedAt).toBeDefined();
      await expect(acquireDataFolderLock(dataDir, 'browser')).rejects.toBeInstanceOf(DataFolderInUseError);
      lock.release();

      await writeFile(
        path.join(dataDir, 'roundtable.lock'),
        lockOf({ pid: 1, mode: 'desktop', hostname: 'another-laptop', startedAt: HOUR_AGO }),
      );
      await expect(acquireDataFolderLock(dataDir, 'browser')).rejects.toThrow(/process 1,/);
    });

    it('decides from the live process: dead, started later, started at another time, or unknown', () => {
      const lockedAt = Date.parse('2026-03-04T09:00:10.000Z');
      const holder: LockHolder = {
        pid: 4242,
        mode: 'desktop',
        hostname: 'h',
        startedAt: new Date(lockedAt).toISOString(),
        processStartedAt: new Date(lockedAt - 2_000).toISOString(),
      };
      const { processStartedAt: _omitted, ...older } = holder;
      expect(isHolderRunning(holder, { alive: false, startedAt: null })).toBe(false);
      expect(isHolderRunning(holder, { alive: true, startedAt: lockedAt - 2_400 })).toBe(true);
      expect(isHolderRunning(holder, { alive: true, startedAt: lockedAt + 60_000 })).toBe(false);
      expect(isHolderRunning(holder, { alive: true, startedAt: lockedAt - 3_600_000 })).toBe(false);
      expect(isHolderRunning(holder, { alive: true, startedAt: null })).toBe(true);
      expect(isHolderRunning(older, { alive: true, startedAt: lockedAt - 3_600_000 })).toBe(true);
      expect(isHolderRunning(older, { alive: true, startedAt: lockedAt + 60_000 })).toBe(false);
    });
  });
});
