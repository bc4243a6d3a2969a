import { useStore } from '../hooks/useStore';
import { createStore } from '../state/store';
import type { BoardId } from '../../../shared/ids';
import type { VotingRound } from '../../../shared/voting/round';

// The voting round going on at each board, if any. It lives only in this window (whose
// turn it is on the shared screen); the votes cast during it are in the session document.

const rounds = createStore<ReadonlyMap<BoardId, VotingRound>>(new Map());
/** The last thing the round bar said (a dot added, or why not), shown on it as well as announced. */
const notices = createStore<ReadonlyMap<BoardId, string>>(new Map());

/** The round on a board, or null. */
export function roundOn(boardId: BoardId): VotingRound | null {
  return rounds.get().get(boardId) ?? null;
}

/** Starts, moves on or (with null) ends the round on a board. */
export function setRound(boardId: BoardId, round: VotingRound | null): void {
  const next = new Map(rounds.get());
  if (round) next.set(boardId, round);
  else next.delete(boardId);
  notices.set(new Map([...notices.get()].filter(([id]) => id !== boardId)));
  rounds.set(next);
}

/** Shows a line on the round bar of a board (replacing the last). */
export function setRoundNotice(boardId: BoardId, text: string): void {
  notices.set(new Map(notices.get()).set(boardId, text));
}

/** The round bar's last line, re-rendering when it changes. */
export function useRoundNotice(boardId: BoardId): string | null {
  return useStore(notices, (n) => n.get(boardId) ?? null);
}

/** The round on a board, re-rendering when it changes. */
export function useRound(boardId: BoardId): VotingRound | null {
  return useStore(rounds, (r) => r.get(boardId) ?? null);
}

const menuListeners = new Set<() => void>();

/** Asks the board's Voting menu button to open its menu (V on the board, or the palette). */
export function requestVotingMenu(): boolean {
  menuListeners.forEach((l) => l());
  return menuListeners.size > 0;
}

/** The Voting menu button listens here while it is on screen. */
export function onVotingMenuRequest(listener: () => void): () => void {
  menuListeners.add(listener);
  return () => void menuListeners.delete(listener);
}
