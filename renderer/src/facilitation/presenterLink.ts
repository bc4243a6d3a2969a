import { isSessionId, type BoardId, type SessionId } from '../../../shared/ids';
import { isBoardId, isWindowId } from '../../../shared/facilitation/presenterAddress';
import type { Workbench } from '../state/workbench';

/**
 * How a presenter window follows the facilitator's window board by board (the next table, the
 * room board, a board clicked in the explorer): the facilitator's window says which board it
 * shows on a BroadcastChannel, which reaches the app's other windows and tabs in the same
 * browser (or the desktop app) and nothing else. The document carries the rest (the notes,
 * groups, votes, the exercise the room is on and the timer), through the services' events.
 */
const CHANNEL = 'roundtable-presenter';

export type LinkMessage =
  | { kind: 'place'; from: string; sessionId: SessionId; boardId: BoardId }
  /** A presenter window that has just opened asks its facilitator's window where it is. */
  | { kind: 'where'; from: string };

/** A message from another window, if it is one of ours and well formed; null otherwise. */
export function readLinkMessage(data: unknown): LinkMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (!isWindowId(m.from)) return null;
  if (m.kind === 'where') return { kind: 'where', from: m.from };
  if (m.kind === 'place' && isSessionId(m.sessionId) && isBoardId(m.boardId))
    return { kind: 'place', from: m.from, sessionId: m.sessionId, boardId: m.boardId };
  return null;
}

const WINDOW_KEY = 'roundtable.windowId';

/** This window's id, kept across reloads of the tab (sessionStorage), so a presenter window keeps following it. */
export function windowId(): string {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(WINDOW_KEY);
  } catch {
    // Storage refused: a fresh id each load, which only means a presenter window opened before a reload stops following boards.
  }
  if (!isWindowId(id)) {
    id = crypto.randomUUID().replaceAll('-', '');
    try {
      sessionStorage.setItem(WINDOW_KEY, id);
    } catch {
      // As above.
    }
  }
  return id;
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/** In the facilitator's window: says which board it shows whenever that changes, and when a presenter window asks. */
export function tellPresenterWindows(workbench: Workbench): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  const from = windowId();
  let last: string | null = null;
  const tell = (always: boolean) => {
    const tab = workbench.activeTab();
    if (!tab) return;
    const key = `${tab.sessionId} ${tab.boardId}`;
    if (!always && key === last) return;
    last = key;
    channel.postMessage({ kind: 'place', from, sessionId: tab.sessionId, boardId: tab.boardId } satisfies LinkMessage);
  };
  const stop = workbench.subscribe(() => tell(false));
  // Started once the window's first board is drawn: where it is by then.
  tell(false);
  channel.onmessage = (event) => {
    const message = readLinkMessage(event.data);
    if (message?.kind === 'where' && message.from === from) tell(true);
  };
  return () => {
    stop();
    channel.close();
  };
}

/** In a presenter window: calls `onPlace` with each board its facilitator's window (`from`) shows, starting now. */
export function followFacilitatorWindow(
  from: string,
  onPlace: (place: { sessionId: SessionId; boardId: BoardId }) => void,
): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  channel.onmessage = (event) => {
    const message = readLinkMessage(event.data);
    if (message?.kind === 'place' && message.from === from) onPlace(message);
  };
  channel.postMessage({ kind: 'where', from } satisfies LinkMessage);
  return () => channel.close();
}
