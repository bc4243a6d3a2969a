import type { Feature } from '../feature';
import { importCommands } from './importCommands';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Importing a session, or merging one table's export. */
export const importFeature: Feature = {
  id: 'import',
  commands: importCommands,
  dialogs: lazyDialogsOf(['import'], () => import('./ImportDialogHost').then((m) => m.IMPORT_DIALOGS)),
};
