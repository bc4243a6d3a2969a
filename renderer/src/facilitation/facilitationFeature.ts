import type { Feature } from '../feature';
import { lazyDialogsOf } from '../dialogs/dialogRegistry';

/** Tables, the agenda, the timer, locking and presenter mode. */
export const facilitationFeature: Feature = {
  id: 'facilitation',
  commands: () => import('./facilitationCommands').then((m) => m.facilitationCommands),
  dialogs: lazyDialogsOf(['table'], () => import('./tableDialogs').then((m) => m.TABLE_DIALOGS)),
};
