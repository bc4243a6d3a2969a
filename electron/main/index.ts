import { app, BrowserWindow, session } from 'electron';
import path from 'node:path';
import { appPaths, appRootFrom } from '../services/appPaths';
import { defaultDataFolder } from '../services/dataFolder';
import { startServices } from '../services/startServices';
import type { SessionService } from '../services/sessionService';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRendererFiles } from './rendererProtocol';
import { APP_ORIGIN, createSecureWindow, hardenSession } from './security';

// The Electron glue stays thin: everything it starts is tested in Node and in browser mode.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: SessionService | null = null;
  let quitting = false;

  const openWindow = () => {
    const window = createSecureWindow(path.join(import.meta.dirname, '..', 'preload', 'index.cjs'));
    // Save on losing focus or closing: a laptop lid or a flat battery may be next.
    window.on('blur', () => void services?.flushAll());
    window.on('close', () => void services?.flushAll());
    void window.loadURL(`${APP_ORIGIN}/index.html`);
  };

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('before-quit', (event) => {
    if (quitting || !services) return;
    event.preventDefault();
    quitting = true;
    void services.flushAll().finally(() => app.quit());
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    const root = app.isPackaged ? app.getAppPath() : appRootFrom(import.meta.url);
    const paths = appPaths(root, app.isPackaged ? process.resourcesPath : undefined);
    hardenSession(session.defaultSession);
    serveRendererFiles(paths.rendererDir);
    const started = await startServices({ dataDir: defaultDataFolder(), templatesDir: paths.templatesDir, version: app.getVersion(), mode: 'desktop' });
    started.problems.forEach((p) => console.error(`Warning: ${p}`));
    services = started.service;
    registerIpc(services);
    openWindow();
  });
}
