import { useEffect, useState } from 'react';
import type { CommandRegistry } from '../commands/registry';
import { afterBoardDrawnAndIdle } from './afterBoardDrawn';

/**
 * Whether the workbench's chrome around the editor (menus, activity bar, side bar, status bar,
 * dialogs, the room) may mount. Launched to show a session (`?open=…`), React's first mount is
 * the board alone, so its notes are painted sooner; the rest mounts once that board is drawn and
 * the window is next idle (so the board's first frames are not held up by it), or after 10 s if
 * the board never is. Otherwise at once: the side bar is then what the window shows. Either
 * way not before the window's commands have loaded, as the menus and side bar list them.
 */
export function useChromeReady(launched: boolean, commands: CommandRegistry): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    const mount = () => commands.whenLoaded(() => void (cancelled || setReady(true)));
    const cancel = launched ? afterBoardDrawnAndIdle(mount) : (mount(), () => {});
    return () => {
      cancelled = true;
      cancel();
    };
  }, [ready, launched, commands]);
  return ready;
}
