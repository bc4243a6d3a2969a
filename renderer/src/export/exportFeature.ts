import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Exporting a session's files or its event pack. */
export const exportFeature: Feature = {
  id: 'export',
  commands: () => import('./exportCommands').then((m) => m.exportCommands),
  dialogs: lazyDialogsOf(['export'], () => import('./ExportDialogHost').then((m) => m.EXPORT_DIALOGS)),
};
