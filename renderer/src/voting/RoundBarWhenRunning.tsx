import { useEffect, useState } from 'react';
import type { BoardId } from '../../../shared/ids';
import type { OpenSession } from '../state/openSession';
import { late } from '../state/lateCode';
import { useRound } from './roundStore';

/**
 * The round bar (RoundBar.tsx) and the voting steps it takes: no round runs when a window
 * opens (rounds are kept in memory), so they load after the board's first paint, with the
 * commands (state/lateCode.ts). A round starts from a command or dialog, which load with them,
 * so the bar is there in the same render, and its first control can take focus at once.
 */
const roundBar = late(() => import('./RoundBar'));

export function RoundBarWhenRunning(props: { session: OpenSession; boardId: BoardId }) {
  const running = useRound(props.boardId) !== null;
  const loaded = roundBar.get();
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (running && !loaded) void roundBar.load().then(() => setLoaded(true));
  }, [running, loaded]);
  if (!running || !loaded) return null;
  return <loaded.RoundBar {...props} />;
}
