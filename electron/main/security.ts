// Electron's security checklist, in one place. Every window Roundtable opens is made here;
// nothing else in electron/ may create a BrowserWindow or loosen these settings.
import { BrowserWindow, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { APP_ORIGIN } from './appAddress';

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
    webPreferences: {
      preload: preloadPath,
      sandbox: true, // The renderer runs in Chromium's sandbox, like a web page.
      contextIsolation: true, // The preload's world is separate from the page's.
      nodeIntegration: false, // The page gets no require() and no Node globals.
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false, // No <webview>: it could embed anything.
      navigateOnDragDrop: false, // Dropping a file on the window must not navigate away from the app.
      spellcheck: false, // Chromium's spellchecker downloads dictionaries; offline means offline.
    },
  });
  hardenContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Denies navigation away from the app, new windows and <webview>s. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
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
