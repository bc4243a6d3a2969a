import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import type { SessionId } from '../../shared/ids';
import type { ErrorLog } from '../services/diagnostics/diagnostics';
import { fail } from '../../shared/result';
import { addSessionFromFile, roundtableFilesIn } from '../services/import/sessionFileImport';
import { describeFileError } from '../services/sessions/sessionFiles';
import { sendEventToWindows } from './ipc';
import { raiseWorkbench } from './workbenchWindow';

/**
 * The .roundtable files the user opens with Roundtable (a double-click, "Open with", a drop
 * on the dock icon). macOS sends `open-file`, even before the app is ready; Windows and
 * Linux start the app, or a second instance of it, with the file on the command line.
 * Files that arrive before the services are up wait here.
 */
export class OpenedFiles {
  private readonly waiting: string[] = [];
  private handler: ((file: string) => Promise<SessionId | null>) | null = null;

  /** Must be made before the app is ready, to catch the file macOS launched it with. */
  constructor() {
    app.on('open-file', (event, file) => {
      event.preventDefault();
      this.add([file]);
    });
  }

  /** The files on a command line: this process's own, or a second instance's. */
  addFromCommandLine(argv: readonly string[]): void {
    this.add(roundtableFilesIn(argv.slice(1)));
  }

  /** Hands every file to `handler` from now on; resolves with the session of the last file that was waiting. */
  async handleWith(handler: (file: string) => Promise<SessionId | null>): Promise<SessionId | null> {
    this.handler = handler;
    let last: SessionId | null = null;
    for (const file of this.waiting.splice(0)) last = (await handler(file)) ?? last;
    return last;
  }

  private add(files: string[]): void {
    for (const file of files) {
      if (this.handler) void this.handler(file);
      else this.waiting.push(file);
    }
  }
}

/**
 * Adds an opened file to the user's sessions and asks every window to show it. A file that
 * cannot be opened gets a dialog saying why; nothing is changed, and the error is kept for
 * Help > Copy diagnostics.
 */
export async function openSessionFile(file: string, dataDir: string, errors: ErrorLog): Promise<SessionId | null> {
  const result = await addSessionFromFile(dataDir, file).catch((error: Error) =>
    fail('storage-failed', describeFileError(error, 'look through your sessions')),
  );
  if (!result.ok) {
    errors.record('open file', result.error);
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Could not open the file',
      message: `Roundtable could not open “${path.basename(file)}”.`,
      detail: `${result.error.message} Nothing was changed.`,
    });
    return null;
  }
  sendEventToWindows({ type: 'openSessionRequested', sessionId: result.value.sessionId });
  raiseWorkbench(BrowserWindow.getAllWindows());
  return result.value.sessionId;
}
