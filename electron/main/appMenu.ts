import { Menu } from 'electron';

/**
 * The native menu. Roundtable's own menu bar (File, Edit, View, Help) is in the window, so
 * Windows and Linux get none: Electron's default one would repeat it, and its Help menu
 * links to websites. macOS keeps the minimum it expects: the app menu (About, Quit), Edit
 * (so copy and paste work in text fields) and Window.
 */
export function setApplicationMenu(): void {
  if (process.platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]));
}
