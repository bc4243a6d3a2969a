import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Importing a session, or merging one table's export. */
export const importFeature: Feature = {
  id: 'import',
  commands: () => import('./importCommands').then((m) => m.importCommands),
  dialogs: lazyDialogsOf(['import'], () => import('./ImportDialogHost').then((m) => m.IMPORT_DIALOGS)),
};
