// Which of the app's windows is the facilitator's: kept apart from Electron so it can be tested in Node.
import { PRESENTER_PAGE } from '../../shared/facilitation/presenterAddress';
import { appRequestPath } from './appAddress';

/** What choosing and raising a window needs of Electron's BrowserWindow. */
export interface AppWindow {
  webContents: { getURL(): string };
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/** Whether the window shows the second presenter window's page (app://roundtable/present.html). */
export function isPresenterWindow(window: AppWindow): boolean {
  return appRequestPath(window.webContents.getURL()) === `/${PRESENTER_PAGE}`;
}

/**
 * The facilitator's window: the first open window that is not a presenter window. A second
 * launch, or a session file opened from the desktop, raises this one, never the room's screen.
 */
export function workbenchWindow<W extends AppWindow>(windows: readonly W[]): W | null {
  return windows.find((w) => !w.isDestroyed() && !isPresenterWindow(w)) ?? null;
}

/** Raises the facilitator's window, restoring it if minimised. Returns the window raised, if any. */
export function raiseWorkbench<W extends AppWindow>(windows: readonly W[]): W | null {
  const window = workbenchWindow(windows);
  if (!window) return null;
  if (window.isMinimized()) window.restore();
  window.focus();
  return window;
}
