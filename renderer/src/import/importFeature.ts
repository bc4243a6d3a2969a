import type { Feature } from '../feature';
import { importCommands } from './importCommands';
import { IMPORT_DIALOGS } from './ImportDialogHost';

/** Importing a session, or merging one table's export. */
export const importFeature: Feature = { id: 'import', commands: importCommands, dialogs: IMPORT_DIALOGS };
