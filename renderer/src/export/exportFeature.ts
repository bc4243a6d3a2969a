import type { Feature } from '../feature';
import { exportCommands } from './exportCommands';
import { EXPORT_DIALOGS } from './ExportDialogHost';

/** Exporting a session's files or its event pack. */
export const exportFeature: Feature = { id: 'export', commands: exportCommands, dialogs: EXPORT_DIALOGS };
