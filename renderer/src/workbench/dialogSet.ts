import { DialogRegistry, lazyDialogsOf } from '../dialogs/dialogRegistry';
import { FEATURES } from './features';
import { afterBoardDrawn } from './afterBoardDrawn';

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
 * first paint does not wait for them and no dialog waits when first opened. Launched to show a
 * session (`?open=<id>`), the window is idle while the session is on its way: the dialogs wait
 * for its board to be drawn (or 10 s, if it never is). Returns a cancel.
 */
export function preloadDialogsWhenIdle(): () => void {
  let cancel = () => {};
  let cancelled = false;
  const whenIdle = () => {
    if (cancelled) return;
    const load = () => void DIALOGS.preload().catch(() => {}); // a failure is retried on opening
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 5_000 });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(load, 1_000);
      cancel = () => clearTimeout(id);
    }
  };
  if (!new URLSearchParams(location.search).has('open')) whenIdle();
  else cancel = afterBoardDrawn(whenIdle);
  return () => {
    cancelled = true;
    cancel();
  };
}
