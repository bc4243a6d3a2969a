import type { Command } from '../commands/registry';
import type { Workbench } from '../state/workbench';

/** Import a session's export as a new session, or merge a table's export into the selected session. */
export function importCommands(workbench: Workbench): Command[] {
  const sessionId = () => workbench.getState().selectedSessionId;
  return [
    {
      id: 'session.importExport',
      title: 'Import session export…',
      category: 'File',
      run: () => workbench.showDialog({ kind: 'import', request: { kind: 'session' } }),
    },
    {
      id: 'session.importTable',
      title: 'Import a table into this session…',
      category: 'File',
      enabled: () => sessionId() !== null,
      run: () => {
        const id = sessionId();
        if (id) workbench.showDialog({ kind: 'import', request: { kind: 'table', sessionId: id } });
      },
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'session.importExport': true;
    'session.importTable': true;
  }
}
