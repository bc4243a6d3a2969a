import type { WebPreferences } from 'electron';

/**
 * Every app window's renderer settings, the workbench's and the presenter window's alike: kept
 * apart from Electron (a type import only) so tests/electron/main/webPreferences.test.ts checks them.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
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
  };
}
