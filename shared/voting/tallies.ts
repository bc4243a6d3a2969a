import type { BoardId, NoteId, ZoneId } from '../ids';
import type { SessionDocument, Vote, VotingSettings } from '../document/schema';

type DotVote = Extract<Vote, { kind: 'dot' }>;
type RatingVote = Extract<Vote, { kind: 'rating' }>;
type StanceVote = Extract<Vote, { kind: 'stance' }>;

function votesOn<K extends Vote['kind']>(
  doc: SessionDocument,
  boardId: BoardId,
  kind: K,
): Extract<Vote, { kind: K }>[] {
  return Object.values(doc.votes).filter(
    (v): v is Extract<Vote, { kind: K }> => v.boardId === boardId && v.kind === kind,
  );
}

/** Dots per note on a board, participants' and tallied counts together. */
export function dotTally(doc: SessionDocument, boardId: BoardId): Map<NoteId, number> {
  const tally = new Map<NoteId, number>();
  for (const v of votesOn(doc, boardId, 'dot') as DotVote[]) tally.set(v.noteId, (tally.get(v.noteId) ?? 0) + v.count);
  return tally;
}

/** How many gave each rating (index 0 is rating 1) to a zone, on a scale of `scale`. */
export function ratingDistribution(doc: SessionDocument, boardId: BoardId, zoneId: ZoneId, scale: number): number[] {
  const counts = new Array<number>(scale).fill(0);
  for (const v of votesOn(doc, boardId, 'rating') as RatingVote[]) {
    if (v.zoneId === zoneId && v.value >= 1 && v.value <= scale) counts[v.value - 1] += v.count;
  }
  return counts;
}

/** How many took each stance, before or after the discussion. */
export function stanceTally(doc: SessionDocument, boardId: BoardId, phase: 'before' | 'after'): Map<string, number> {
  const tally = new Map<string, number>();
  for (const v of votesOn(doc, boardId, 'stance') as StanceVote[]) {
    if (v.phase === phase) tally.set(v.option, (tally.get(v.option) ?? 0) + v.count);
  }
  return tally;
}

/**
 * Whether participant `participant` may put one more dot on `noteId`, under the exercise's
 * limits: dots per person (counted per zone when the exercise says so) and per item.
 * Returns null when they may, else the reason, in words for the room.
 */
export function whyDotNotAllowed(
  doc: SessionDocument,
  boardId: BoardId,
  settings: VotingSettings['dots'],
  participant: number,
  noteId: NoteId,
): string | null {
  if (!settings) return 'This exercise has no dot voting.';
  if (doc.boards[boardId]?.voting !== 'open') return 'Voting is not open on this board.';
  const note = doc.notes[noteId];
  if (!note || note.boardId !== boardId) return 'That note is not on this board.';
  const mine = (votesOn(doc, boardId, 'dot') as DotVote[]).filter((v) => v.participant === participant);
  const counted = settings.perZone ? mine.filter((v) => doc.notes[v.noteId]?.zoneId === note.zoneId) : mine;
  const used = counted.reduce((n, v) => n + v.count, 0);
  if (used >= settings.perParticipant) {
    return `Participant ${participant} has used all ${settings.perParticipant} dots${settings.perZone ? ' in this column' : ''}.`;
  }
  const onItem = mine.filter((v) => v.noteId === noteId).reduce((n, v) => n + v.count, 0);
  if (settings.perItem !== null && onItem >= settings.perItem)
    return `At most ${settings.perItem} dots from one person on one note.`;
  return null;
}
