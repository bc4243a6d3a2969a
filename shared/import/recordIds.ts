import type { VoteId } from '../ids';

// Votes travel in an export as counts (one per note, zone or option of a board), never as the
// records they were cast as, so an import makes one vote record per count. Its id is worked out
// from what the count is of (the board's id, which is unique to that board everywhere, and the
// note, zone or option), never counted from zero in each file: two tables' imports can never
// make the same vote id, and importing the same file twice makes the same ids again, so the
// clash check refuses it.

/** A 128-bit hash of `text` as 26 base-36 characters (cyrb128: fast, well spread; not a cryptographic hash). */
function hash128(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(36).padStart(7, '0')).join('');
}

/** What one imported count stands for on its board. */
export type TallyKey =
  | { kind: 'dot'; noteId: string }
  | { kind: 'rating'; zoneId: string; value: number }
  | { kind: 'stance'; phase: 'before' | 'after'; option: string };

const keyText = (key: TallyKey): string =>
  key.kind === 'dot'
    ? `dot\u0000${key.noteId}`
    : key.kind === 'rating'
      ? `rating\u0000${key.zoneId}\u0000${key.value}`
      : `stance\u0000${key.phase}\u0000${key.option}`;

/** The id of the vote record an import makes for one count on one board: the same inputs give the same id, in any file. */
export function importedVoteId(boardId: string, key: TallyKey): VoteId {
  return `vote:x${key.kind[0]}-${hash128(`${boardId}\u0000${keyText(key)}`)}` as VoteId;
}
