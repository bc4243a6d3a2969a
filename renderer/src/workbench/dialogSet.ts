import { DialogRegistry, lazyDialogsOf } from '../dialogs/dialogRegistry';
import { FEATURES } from './features';

/** Every dialog of the workbench, contributed by the feature that owns it; DialogHost shows the current one. */
export const DIALOGS = new DialogRegistry([
  lazyDialogsOf(
    [
      'newSession',
      'addExercise',
      'renameSession',
      'deleteSession',
      'commandPalette',
      'about',
      'diagnostics',
      'versionHistory',
    ],
    () => import('./workbenchDialogs').then((m) => m.WORKBENCH_DIALOGS),
  ),
  ...FEATURES.flatMap((f) => (f.dialogs ? [f.dialogs] : [])),
]);
