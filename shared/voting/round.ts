import type { BoardId, NoteId, VoteId, ZoneId } from '../ids';
import { newId } from '../ids';
import type { SessionDocument, Vote, VotingSettings } from '../document/schema';
import { operation, type Operation } from '../operations/operation';
import { whyDotNotAllowed } from './tallies';

// A voting round on one shared screen: participants take turns, each known only by a number
// given out for the round. The round itself is not saved (it is where the laptop is passed
// next); the votes are, each one a record of the document, so undo and the tallies see them.

/** Who is voting now: participant `firstToken + index`, of `participants` taking part. */
export interface VotingRound {
  boardId: BoardId;
  firstToken: number;
  participants: number;
  index: number;
  /** Which stance the round asks for, when the exercise asks one: before or after the discussion. */
  stancePhase: StancePhase | null;
}

export type StancePhase = 'before' | 'after';

/** A rule the room broke, in words to show and announce. */
export interface Refusal {
  refused: string;
}

type MakeId = () => VoteId;
const voteId: MakeId = () => newId('vote');

function votesOf(doc: SessionDocument, boardId: BoardId): Vote[] {
  return Object.values(doc.votes).filter((v) => v.boardId === boardId);
}

/** The first participant number not yet used on the board, so a second round never mixes with the first. */
export function nextFreeToken(doc: SessionDocument, boardId: BoardId): number {
  return votesOf(doc, boardId).reduce((max, v) => Math.max(max, v.participant ?? 0), 0) + 1;
}

/** A round for `participants` people (1 to 99), numbered on from any earlier round. */
export function startRound(
  doc: SessionDocument,
  boardId: BoardId,
  participants: number,
  stancePhase: StancePhase | null = null,
): VotingRound | Refusal {
  if (!Number.isInteger(participants) || participants < 1 || participants > 99)
    return { refused: 'Give a number of participants from 1 to 99.' };
  const firstToken = nextFreeToken(doc, boardId);
  if (firstToken + participants - 1 > 999)
    return { refused: 'This board has used up its participant numbers (999). Type the rest in as counts instead.' };
  if (doc.boards[boardId]?.voting !== 'open') return { refused: 'Open voting on this board first.' };
  return { boardId, firstToken, participants, index: 0, stancePhase };
}

/** The number of the participant voting now. */
export function currentToken(round: VotingRound): number {
  return round.firstToken + round.index;
}

/** The round with the next participant's turn, or null when everyone has voted. */
export function advanceRound(round: VotingRound): VotingRound | null {
  return round.index + 1 < round.participants ? { ...round, index: round.index + 1 } : null;
}

/** How many dots participant `token` has left: in the zone `zoneId` when dots are counted per zone. */
export function dotsLeft(
  doc: SessionDocument,
  boardId: BoardId,
  dots: NonNullable<VotingSettings['dots']>,
  token: number,
  zoneId: ZoneId | null,
): number {
  const used = votesOf(doc, boardId)
    .filter((v): v is Extract<Vote, { kind: 'dot' }> => v.kind === 'dot' && v.participant === token)
    .filter((v) => !dots.perZone || doc.notes[v.noteId]?.zoneId === zoneId)
    .reduce((n, v) => n + v.count, 0);
  return Math.max(0, dots.perParticipant - used);
}

/** The operation putting one of participant `token`'s dots on a note, or why they may not. */
export function placeDot(
  doc: SessionDocument,
  boardId: BoardId,
  settings: VotingSettings | null,
  token: number,
  noteId: NoteId,
  makeId: MakeId = voteId,
): Operation | Refusal {
  const why = whyDotNotAllowed(doc, boardId, settings?.dots ?? null, token, noteId);
  if (why) return { refused: why };
  return operation('castVotes', {
    votes: [{ kind: 'dot', id: makeId(), boardId, noteId, participant: token, count: 1 }],
  });
}

/** The operation taking back one of participant `token`'s dots from a note, or why there is none. */
export function takeBackDot(
  doc: SessionDocument,
  boardId: BoardId,
  token: number,
  noteId: NoteId,
): Operation | Refusal {
  if (doc.boards[boardId]?.voting !== 'open') return { refused: 'Voting is not open on this board.' };
  const mine = votesOf(doc, boardId).filter((v) => v.kind === 'dot' && v.participant === token && v.noteId === noteId);
  const last = mine[mine.length - 1];
  if (!last) return { refused: `Participant ${token} has no dot on this note.` };
  if (last.count > 1)
    return operation('batch', {
      operations: [
        operation('withdrawVotes', { voteIds: [last.id] }),
        operation('castVotes', { votes: [{ ...last, count: last.count - 1 }] }),
      ],
    });
  return operation('withdrawVotes', { voteIds: [last.id] });
}

/** The rating participant `token` gave a zone, or null. */
export function ratingBy(doc: SessionDocument, boardId: BoardId, token: number, zoneId: ZoneId): number | null {
  const vote = votesOf(doc, boardId).find((v) => v.kind === 'rating' && v.participant === token && v.zoneId === zoneId);
  return vote?.kind === 'rating' ? vote.value : null;
}

/** The operation giving (or changing) participant `token`'s rating of a zone; null when it is already that. */
export function rateZone(
  doc: SessionDocument,
  boardId: BoardId,
  settings: VotingSettings | null,
  token: number,
  zoneId: ZoneId,
  value: number,
  makeId: MakeId = voteId,
): Operation | Refusal | null {
  const scale = settings?.rating?.scale;
  if (!scale) return { refused: 'This exercise has no rating.' };
  if (doc.boards[boardId]?.voting !== 'open') return { refused: 'Voting is not open on this board.' };
  if (doc.zones[zoneId]?.boardId !== boardId) return { refused: 'That is not one of this board’s zones.' };
  if (!Number.isInteger(value) || value < 1 || value > scale)
    return { refused: `A rating is a whole number from 1 to ${scale}.` };
  const old = votesOf(doc, boardId).filter(
    (v) => v.kind === 'rating' && v.participant === token && v.zoneId === zoneId,
  );
  if (old.length === 1 && old[0].kind === 'rating' && old[0].value === value) return null;
  const cast = operation('castVotes', {
    votes: [{ kind: 'rating', id: makeId(), boardId, zoneId, value, participant: token, count: 1 }],
  });
  if (old.length === 0) return cast;
  return operation('batch', { operations: [operation('withdrawVotes', { voteIds: old.map((v) => v.id) }), cast] });
}

/** The stance participant `token` took in a phase, or null. */
export function stanceBy(doc: SessionDocument, boardId: BoardId, token: number, phase: StancePhase): string | null {
  const vote = votesOf(doc, boardId).find((v) => v.kind === 'stance' && v.participant === token && v.phase === phase);
  return vote?.kind === 'stance' ? vote.option : null;
}

/** The operation recording (or changing) participant `token`'s stance in a phase; null when it is already that. */
export function chooseStance(
  doc: SessionDocument,
  boardId: BoardId,
  settings: VotingSettings | null,
  token: number,
  phase: StancePhase,
  option: string,
  makeId: MakeId = voteId,
): Operation | Refusal | null {
  if (!settings?.stance) return { refused: 'This exercise asks no stance.' };
  if (doc.boards[boardId]?.voting !== 'open') return { refused: 'Voting is not open on this board.' };
  if (!settings.stance.options.includes(option))
    return { refused: `Choose one of: ${settings.stance.options.join(', ')}.` };
  const old = votesOf(doc, boardId).filter((v) => v.kind === 'stance' && v.participant === token && v.phase === phase);
  if (old.length === 1 && old[0].kind === 'stance' && old[0].option === option) return null;
  const cast = operation('castVotes', {
    votes: [{ kind: 'stance', id: makeId(), boardId, phase, option, participant: token, count: 1 }],
  });
  if (old.length === 0) return cast;
  return operation('batch', { operations: [operation('withdrawVotes', { voteIds: old.map((v) => v.id) }), cast] });
}

/** True for the refusal half of `Operation | Refusal`. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}
