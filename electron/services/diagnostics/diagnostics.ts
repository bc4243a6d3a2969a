import os from 'node:os';
import { isApiMethod, type ApiEvents, type AppInfo, type Dispatcher } from '../../../shared/api/contract';
import { withoutContent, type Diagnostics, type RecordedError } from '../../../shared/api/diagnostics';

/** How many recent errors are kept: enough to see a pattern, few enough to read. */
export const ERROR_LOG_CAPACITY = 50;

/**
 * The recent errors of this run, in memory, for Help > Copy diagnostics. Each message is
 * stripped of quoted names as it is recorded, so session content is never kept here.
 */
export class ErrorLog {
  private readonly entries: RecordedError[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  record(where: string, error: unknown): void {
    const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'error';
    const message =
      typeof (error as { message?: unknown })?.message === 'string'
        ? (error as { message: string }).message
        : String(error);
    this.entries.push({ at: this.now().toISOString(), where, code, message: withoutContent(message) });
    if (this.entries.length > ERROR_LOG_CAPACITY) this.entries.shift();
  }

  /** Oldest first. */
  recent(): RecordedError[] {
    return [...this.entries];
  }
}

/** Versions of what runs Roundtable: Electron and Chromium in the desktop app, Node.js always, and the OS. */
export function runtimeVersions(): Record<string, string> {
  const versions: Record<string, string> = {};
  if (process.versions.electron) versions.electron = process.versions.electron;
  if (process.versions.chrome) versions.chromium = process.versions.chrome;
  versions.node = process.versions.node;
  versions.os = `${process.platform} ${os.release()} ${process.arch}`;
  return versions;
}

/** The diagnostics of a running app: no session is read to make them. */
export function collectDiagnostics(appInfo: AppInfo, templateCount: number, errors: ErrorLog | undefined): Diagnostics {
  return {
    version: appInfo.version,
    mode: appInfo.mode,
    schemaVersion: appInfo.schemaVersion,
    dataDir: appInfo.dataDir,
    runtime: runtimeVersions(),
    templateCount,
    recentErrors: errors?.recent() ?? [],
  };
}

/**
 * The dispatcher with every call that fails noted in `errors` (under its method's name), and
 * answered exactly as before. Calls to no method at all are answered but not noted: they are
 * not something the app did.
 */
export function recordingFailures(dispatch: Dispatcher, errors: ErrorLog): Dispatcher {
  return async (method, args, ctx) => {
    const result = await dispatch(method, args, ctx);
    if (!result.ok && isApiMethod(method)) errors.record(method, result.error);
    return result;
  };
}

/** Notes every autosave that fails in `errors`, as the status bar shows it. */
export function recordingSaveFailures(events: ApiEvents, errors: ErrorLog): void {
  events.onEvent((event) => {
    if (event.type === 'saveStatus' && event.status === 'error')
      errors.record('autosave', { code: 'storage-failed', message: event.message ?? 'Saving failed.' });
  });
}
