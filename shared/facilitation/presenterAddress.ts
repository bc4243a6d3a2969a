import { hasIdShape, isSessionId, type BoardId, type SessionId } from '../ids';

/**
 * The second presenter window's address: `present.html?present=<session>&board=<board>&from=<window>`,
 * beside the workbench's index.html (in browser mode a tab of the same local server, on the
 * desktop app://roundtable/present.html). `from` names the facilitator's window it follows.
 */
export const PRESENTER_PAGE = 'present.html';

export interface PresenterPlace {
  sessionId: SessionId;
  boardId: BoardId;
  /** The facilitator's window the presenter window follows (its board and table). */
  from: string;
}

const WINDOW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `value` is a board id, checked as BoardIdSchema checks it (without zod, which the presenter page does not load). */
export function isBoardId(value: unknown): value is BoardId {
  return typeof value === 'string' && hasIdShape(value, 'board');
}

/** Whether `value` can name a window in the address: letters, digits, - and _, at most 64. */
export function isWindowId(value: unknown): value is string {
  return typeof value === 'string' && WINDOW_ID.test(value);
}

/** The address, relative to the workbench's page, of the presenter window for `place`. */
export function presenterAddress(place: PresenterPlace): string {
  const query = [`present=${place.sessionId}`, `board=${place.boardId}`, `from=${place.from}`];
  return `${PRESENTER_PAGE}?${query.map((q) => q.replaceAll(':', '%3A')).join('&')}`;
}

/** The query's values by name (the first of each), or null when it is not a plain query string. */
function queryValues(search: string): Map<string, string> | null {
  const values = new Map<string, string>();
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const [name, raw] = at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    let value: string;
    try {
      value = decodeURIComponent(raw.replaceAll('+', ' '));
    } catch {
      return null;
    }
    if (!values.has(name)) values.set(name, value);
  }
  return values;
}

/** The place a presenter window's address (`location.search`) names, or null when any part is missing or malformed. */
export function readPresenterAddress(search: string): PresenterPlace | null {
  const query = queryValues(search);
  if (!query) return null;
  const sessionId = query.get('present');
  const boardId = query.get('board');
  const from = query.get('from');
  if (!isSessionId(sessionId) || !isBoardId(boardId) || !isWindowId(from)) return null;
  return { sessionId, boardId, from };
}

/**
 * Whether a full URL is the presenter page at `origin` (what a desktop window may open), and
 * nothing else: that page, at that scheme and host exactly, with a well-formed place and no fragment.
 */
export function isPresenterUrl(url: string, origin: string): boolean {
  const page = `${origin}/${PRESENTER_PAGE}?`;
  if (!url.startsWith(page) || url.includes('#')) return false;
  return readPresenterAddress(url.slice(page.length)) !== null;
}
