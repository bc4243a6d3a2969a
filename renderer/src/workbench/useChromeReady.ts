import { useEffect, useState } from 'react';
import { afterBoardDrawn } from './afterBoardDrawn';

/**
 * Whether the workbench's chrome around the editor (menus, activity bar, side bar, status bar,
 * dialogs, the room) may mount. Launched to show a session (`?open=…`), React's first mount is
 * the board alone, so its notes are painted sooner; the rest mounts once that board is drawn (or
 * after 10 s, if it never is). Otherwise at once: the side bar is then what the window shows.
 */
export function useChromeReady(launched: boolean): boolean {
  const [ready, setReady] = useState(!launched);
  useEffect(() => (ready ? undefined : afterBoardDrawn(() => setReady(true))), [ready]);
  return ready;
}
