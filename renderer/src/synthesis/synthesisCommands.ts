import type { Command } from '../commands/registry';
import type { Workbench } from '../state/workbench';
import { synthesisWorkspace } from './synthesisStore';

/** Shows or hides the Synthesis workspace in place of the boards. */
export function synthesisCommands(workbench: Workbench): Command[] {
  return [
    {
      id: 'synthesis.toggle',
      title: 'Synthesis workspace (many events)',
      category: 'View',
      run: () => synthesisWorkspace.toggle(workbench.api),
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'synthesis.toggle': true;
  }
}
