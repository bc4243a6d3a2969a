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

/**
 * Loads the dialogs in the background once the window is idle after its first paint, so the
 * first paint does not wait for them and no dialog waits when first opened. Returns a cancel.
 */
export function preloadDialogsWhenIdle(): () => void {
  const load = () => void DIALOGS.preload().catch(() => {}); // a failure is retried on opening
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(load, { timeout: 5_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(load, 1_000);
  return () => clearTimeout(id);
}
