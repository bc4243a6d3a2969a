import type { BoardId, NoteId, VoteId, ZoneId } from '../ids';
import { newId } from '../ids';
import type { SessionDocument, Vote } from '../document/schema';
import { operation, type Operation } from '../operations/operation';

// Tally mode: the facilitator types in counts from a show of hands or paper dots. They are
// kept as votes with no participant, one record per note, zone rating or stance, and typing
// them again replaces the earlier counts rather than adding to them.

/** The counts the facilitator typed for a board: dots per note, how many gave each rating per zone, stances. */
export interface TypedCounts {
  dots: Partial<Record<NoteId, number>>;
  /** Per zone, index 0 is the number who rated it 1. */
  ratings: Partial<Record<ZoneId, number[]>>;
  stances: { before: Record<string, number>; after: Record<string, number> };
}

/** The largest rating scale an exercise may have (see VotingSettingsSchema). */
const MAX_SCALE = 10;

function typedVotes(doc: SessionDocument, boardId: BoardId): Vote[] {
  return Object.values(doc.votes).filter((v) => v.boardId === boardId && v.participant === null);
}

/** The counts typed in so far on a board, for the tally form to start from. */
export function typedCounts(doc: SessionDocument, boardId: BoardId, scale: number): TypedCounts {
  const counts: TypedCounts = { dots: {}, ratings: {}, stances: { before: {}, after: {} } };
  for (const v of typedVotes(doc, boardId)) {
    if (v.kind === 'dot') counts.dots[v.noteId] = (counts.dots[v.noteId] ?? 0) + v.count;
    else if (v.kind === 'rating' && v.value <= scale) {
      const row = (counts.ratings[v.zoneId] ??= new Array<number>(scale).fill(0));
      row[v.value - 1] += v.count;
    } else if (v.kind === 'stance')
      counts.stances[v.phase][v.option] = (counts.stances[v.phase][v.option] ?? 0) + v.count;
  }
  return counts;
}

/**
 * The one operation (one undo step) replacing a board's typed-in counts with `counts`: the
 * old ones withdrawn, a vote cast for every count above zero. Null when nothing changes.
 */
export function replaceTypedCounts(
  doc: SessionDocument,
  boardId: BoardId,
  counts: TypedCounts,
  makeId: () => VoteId = () => newId('vote'),
): Operation | null {
  const base = { boardId, participant: null };
  const votes: Vote[] = [];
  for (const [noteId, count] of Object.entries(counts.dots) as [NoteId, number][]) {
    if (count > 0) votes.push({ kind: 'dot', id: makeId(), ...base, noteId, count });
  }
  for (const [zoneId, row] of Object.entries(counts.ratings) as [ZoneId, number[]][]) {
    row.forEach(
      (count, i) => count > 0 && votes.push({ kind: 'rating', id: makeId(), ...base, zoneId, value: i + 1, count }),
    );
  }
  for (const phase of ['before', 'after'] as const) {
    for (const [option, count] of Object.entries(counts.stances[phase])) {
      if (count > 0) votes.push({ kind: 'stance', id: makeId(), ...base, phase, option, count });
    }
  }
  const old = typedVotes(doc, boardId).map((v) => v.id);
  if (sameCounts(typedCounts(doc, boardId, MAX_SCALE), counts)) return null;
  const steps: Operation[] = [];
  if (old.length > 0) steps.push(operation('withdrawVotes', { voteIds: old }));
  if (votes.length > 0) steps.push(operation('castVotes', { votes }));
  if (steps.length === 0) return null;
  return steps.length === 1 ? steps[0] : operation('batch', { operations: steps });
}

/** Counts compared with zeros left out, so an untouched form is "no change". */
function sameCounts(a: TypedCounts, b: TypedCounts): boolean {
  const flat = (c: TypedCounts) => {
    const entries: string[] = [];
    for (const [k, n] of Object.entries(c.dots)) if (n) entries.push(`d ${k} ${n}`);
    for (const [k, row] of Object.entries(c.ratings)) row?.forEach((n, i) => n && entries.push(`r ${k} ${i + 1} ${n}`));
    for (const phase of ['before', 'after'] as const)
      for (const [k, n] of Object.entries(c.stances[phase])) if (n) entries.push(`s ${phase} ${k} ${n}`);
    return entries.sort().join('\n');
  };
  return flat(a) === flat(b);
}

/** The mean of a rating distribution (index 0 is rating 1), or null when nobody rated. */
export function meanRating(distribution: readonly number[]): number | null {
  const total = distribution.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  return distribution.reduce((sum, n, i) => sum + n * (i + 1), 0) / total;
}
