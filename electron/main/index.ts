import { app, BrowserWindow, dialog, powerMonitor, session } from 'electron';
import path from 'node:path';
import { appPaths, appRootFrom } from '../services/app/appPaths';
import { defaultDataFolder } from '../services/dataFolder/dataFolder';
import { startServices } from '../services/startServices';
import type { Services } from '../services/services';
import type { SessionId } from '../../shared/ids';
import { registerIpc } from './ipc';
import { reportToPdf } from './reportPdf';
import { OpenedFiles, openSessionFile } from './openFiles';
import { setApplicationMenu } from './appMenu';
import { registerAppScheme, serveRendererFiles } from './rendererProtocol';
import { APP_ORIGIN, createSecureWindow, hardenSession } from './security';
import { raiseWorkbench } from './workbenchWindow';

// The Electron glue stays thin: everything it starts is tested in Node and in browser mode.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: Services | null = null;
  let quitting = false;
  const openedFiles = new OpenedFiles();

  const openWindow = (sessionToShow: SessionId | null) => {
    const window = createSecureWindow(path.join(import.meta.dirname, '..', 'preload', 'index.cjs'));
    // Save on losing focus or closing: a laptop lid or a flat battery may be next.
    window.on('blur', () => void services?.flushAll());
    window.on('close', () => void services?.flushAll());
    // A session file the app was launched with is shown as soon as the workbench is up.
    void window.loadURL(`${APP_ORIGIN}/index.html${sessionToShow ? `?open=${encodeURIComponent(sessionToShow)}` : ''}`);
  };

  app.on('second-instance', (_event, argv) => {
    raiseWorkbench(BrowserWindow.getAllWindows());
    openedFiles.addFromCommandLine(argv);
  });

  app.on('before-quit', (event) => {
    if (quitting || !services) return;
    event.preventDefault();
    quitting = true;
    void quitWhenSaved(services).then((quit) => {
      if (quit) app.quit();
      else quitting = false;
    });
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    const root = app.isPackaged ? app.getAppPath() : appRootFrom(import.meta.url);
    const paths = appPaths(root);
    hardenSession(session.defaultSession);
    setApplicationMenu();
    serveRendererFiles(paths.rendererDir);
    const dataDir = defaultDataFolder();
    const started = await startServices({
      dataDir,
      templatesDir: paths.templatesDir,
      rendererDir: paths.rendererDir,
      version: app.getVersion(),
      mode: 'desktop',
      sampleOnFirstRun: true,
      // What only Electron can do: print the event pack's report to PDF.
      printPdf: reportToPdf,
    }).catch((error: Error) => {
      // Another Roundtable (browser mode) holds the data folder, or it cannot be made: say so and stop.
      dialog.showErrorBox('Roundtable could not start', error.message);
      app.exit(1);
      return null;
    });
    if (!started) return;
    started.problems.forEach((p) => console.error(`Warning: ${p}`));
    services = started.service;
    registerIpc(services);
    // A closing lid or a locked screen may be followed by a flat battery: save first.
    const saveNow = () => void services?.flushAll();
    powerMonitor.on('suspend', saveNow);
    powerMonitor.on('lock-screen', saveNow);
    powerMonitor.on('shutdown', saveNow);
    openedFiles.addFromCommandLine(process.argv);
    openWindow(await openedFiles.handleWith((file) => openSessionFile(file, dataDir, started.errors)));
  });
}

/**
 * Saves everything before quitting. If something cannot be written (a full disk, a folder
 * gone read-only), asks rather than losing it: try again, or quit knowing what is lost.
 */
async function quitWhenSaved(services: Services): Promise<boolean> {
  // Quitting frees the room's port but does not close the room: the phones wait and reconnect when
  // the app starts again (it reopens the room as it was). Only Close room tells them it is over.
  await services.suspendRoom();
  for (;;) {
    const unsaved = await services.flushAll();
    if (unsaved.length === 0) return true;
    const names = unsaved.map((u) => `“${u.name}”`).join(', ');
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: 'Changes not saved',
      message: `Roundtable could not save the latest changes to ${names}.`,
      detail:
        'The status bar says why (a full disk, say). Fix that and choose Try again; or keep Roundtable open, which keeps your changes and keeps trying.',
      buttons: ['Try again', 'Keep Roundtable open', 'Quit without saving'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response === 1) return false;
    if (response === 2) return true;
  }
}
