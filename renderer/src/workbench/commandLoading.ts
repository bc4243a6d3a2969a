import type { CommandRegistry } from '../commands/registry';
import type { Workbench } from '../state/workbench';
import { loadLateCode } from '../state/lateCode';
import { afterBoardDrawn } from './afterBoardDrawn';

/**
 * Registers the window's commands in `commands` once they have loaded: launched to show a
 * session, after its board is drawn (the board's first paint does not wait for them, nor for
 * the actions they import); otherwise at once. The code that acts (the operations' behaviours
 * and the board's actions, state/lateCode.ts) loads with them, so a command always finds it
 * there, and so does what waits for the commands (the menus, side bar and dialogs). What is run
 * or keyed meanwhile waits for them (CommandRegistry). A failed load is tried again a second
 * later. Returns a cancel.
 */
export function loadWindowCommands(commands: CommandRegistry, workbench: Workbench, launched: boolean): () => void {
  let cancelled = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const load = () =>
    void Promise.all([import('./commandSet'), loadLateCode()])
      .then(([m]) => m.windowCommands(workbench))
      .then(
        (list) => void (cancelled || commands.commandsLoaded(list)),
        () => void (cancelled || (retry = setTimeout(load, 1_000))),
      );
  const cancel = launched ? afterBoardDrawn(load) : (load(), () => {});
  return () => {
    cancelled = true;
    clearTimeout(retry);
    cancel();
  };
}
