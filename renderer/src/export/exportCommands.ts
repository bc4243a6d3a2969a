import type { Command } from '../commands/registry';
import type { Workbench } from '../state/workbench';

/** The binding of "Export session…": free in the workbench, and Chromium leaves it to the page. */
export const EXPORT_KEYBINDING = 'Mod+Shift+S';
/** The binding of "Export event pack…". */
export const PACK_KEYBINDING = 'Mod+Alt+E';

/** "Export session…": any time, mid-session included, for the session selected in the explorer. */
export function exportCommands(workbench: Workbench): Command[] {
  const sessionId = () => workbench.getState().selectedSessionId;
  return [
    {
      id: 'session.export',
      title: 'Export session…',
      category: 'File',
      keybinding: EXPORT_KEYBINDING,
      enabled: () => sessionId() !== null,
      run: () => {
        const id = sessionId();
        if (id) workbench.showDialog({ kind: 'export', sessionId: id, contents: 'files' });
      },
    },
    {
      id: 'session.exportPack',
      title: 'Export event pack…',
      category: 'File',
      keybinding: PACK_KEYBINDING,
      enabled: () => sessionId() !== null,
      run: () => {
        const id = sessionId();
        if (id) workbench.showDialog({ kind: 'export', sessionId: id, contents: 'pack' });
      },
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'session.export': true;
    'session.exportPack': true;
  }
}
