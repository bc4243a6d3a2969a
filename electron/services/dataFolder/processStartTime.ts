import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

// When a process started, in milliseconds since 1970, as the operating system records it:
// with the process id, it tells one process from a later one that reuses its id (after a
// crash and a reboot, say). Null when it cannot be found out (no such process, or a system
// that does not say).

/** Linux reports process start times in clock ticks since boot, at USER_HZ: 100 on every architecture Linux runs on. */
const LINUX_TICKS_PER_SECOND = 100;

async function linuxStartTime(pid: number): Promise<number | null> {
  const [stat, system] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf-8'), readFile('/proc/stat', 'utf-8')]);
  // The command name (field 2) may hold spaces and brackets: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]); // Field 22, starttime.
  const bootSeconds = Number(/^btime (\d+)$/m.exec(system)?.[1]);
  if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds)) return null;
  return bootSeconds * 1000 + (ticks * 1000) / LINUX_TICKS_PER_SECOND;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { timeout: 10_000, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    ),
  );
}

async function otherStartTime(pid: number): Promise<number | null> {
  const text =
    process.platform === 'win32'
      ? await run('powershell.exe', [
          '-NoProfile',
          '-NonInteractive',
          '-Command',
          `(Get-Process -Id ${pid}).StartTime.ToUniversalTime().ToString('o')`,
        ])
      : await run('ps', ['-o', 'lstart=', '-p', String(pid)]); // macOS and the BSDs: local time, to the second.
  const at = Date.parse(text);
  return Number.isFinite(at) ? at : null;
}

/** When process `pid` started, or null if it is not running or its start time cannot be read. */
export async function processStartTime(pid: number): Promise<number | null> {
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    return process.platform === 'linux' ? await linuxStartTime(pid) : await otherStartTime(pid);
  } catch {
    return null;
  }
}
