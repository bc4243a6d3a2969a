// Electron's security checklist, in one place. Every window Roundtable opens is made here;
// nothing else in electron/ may create a BrowserWindow or loosen these settings.
import {
  BrowserWindow,
  screen,
  type BrowserWindowConstructorOptions,
  type IpcMainInvokeEvent,
  type Session,
  type WebContents,
} from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { isPresenterUrl } from '../../shared/facilitation/presenterAddress';
import { APP_ORIGIN } from './appAddress';
import { presenterDisplay, presenterWindowBounds } from './presenterDisplay';
import { secureWebPreferences } from './webPreferences';

export { APP_ORIGIN, APP_SCHEME } from './appAddress';

/** A window with the renderer locked down: sandboxed, isolated, no Node, only our preload. */
export function createSecureWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Roundtable',
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenContents(window.webContents, preloadPath);
  window.once('ready-to-show', () => window.show());
  return window;
}

/**
 * The second presenter window (Facilitate › Present in a second window), the one window a page
 * may open: full screen on the display the facilitator's window is not on, when there is one.
 */
function presenterWindowOptions(opener: WebContents, preloadPath: string): BrowserWindowConstructorOptions {
  const openerWindow = BrowserWindow.fromWebContents(opener);
  const theirs = openerWindow ? screen.getDisplayMatching(openerWindow.getBounds()).id : null;
  const display = presenterDisplay(screen.getAllDisplays(), theirs, screen.getPrimaryDisplay().id);
  return {
    ...presenterWindowBounds(display),
    show: true,
    title: 'Roundtable: presenting',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Denies navigation away from the app, <webview>s and new windows. A workbench window (given
 * its preload) may open one kind: the presenter window, locked down the same way.
 */
export function hardenContents(contents: WebContents, preloadPath?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) =>
    preloadPath && isPresenterUrl(url, APP_ORIGIN)
      ? { action: 'allow', overrideBrowserWindowOptions: presenterWindowOptions(contents, preloadPath) }
      : { action: 'deny' },
  );
  contents.on('did-create-window', (child) => {
    // A presenter window opens no other window.
    hardenContents(child.webContents);
    // The room's screen goes when the facilitator's window does, so closing it still quits the app.
    const openerWindow = BrowserWindow.fromWebContents(contents);
    openerWindow?.once('closed', () => {
      if (!child.isDestroyed()) child.close();
    });
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The one permission granted, and only to the app's own page: writing to the clipboard,
 * which Help > Copy diagnostics does when the user asks. Reading it stays denied.
 */
const GRANTED_PERMISSION = 'clipboard-sanitized-write';

/** Denies every other permission request, blocks every request that is not for the app itself, and sets the CSP. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(permission === GRANTED_PERMISSION && contents.getURL().startsWith(`${APP_ORIGIN}/`)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) => permission === GRANTED_PERMISSION && requestingOrigin === APP_ORIGIN,
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** True only for IPC from the top frame of one of our own windows showing our own page. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}
