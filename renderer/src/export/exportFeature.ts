import type { Feature } from '../feature';
import { exportCommands } from './exportCommands';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Exporting a session's files or its event pack. */
export const exportFeature: Feature = {
  id: 'export',
  commands: exportCommands,
  dialogs: lazyDialogsOf(['export'], () => import('./ExportDialogHost').then((m) => m.EXPORT_DIALOGS)),
};
