import type { Board, Note, SessionDocument, VotingSettings } from '../document/schema';
import type { BoardId, NoteId, TableId, ZoneId } from '../ids';
import { spotFor } from '../document/placement';
import { isRunning, remainingSeconds } from '../facilitation/timer';
import { dotsLeft, placeDot, rateZone, takeBackDot } from '../voting/round';
import { operation, type Operation } from '../operations/registry';
import { fail, ok, type Result } from '../result';
import type { ParticipantView } from './protocol';

// What a participant's messages do to the session, as the same named operations the
// facilitator's window applies (so they show live, save, and can be undone there), and what
// each participant sees. Pure: the room server feeds it the document and applies the result.

/** A participant as the room knows them: a number (never a name), their table and profile. */
export interface RoomMember {
  number: number;
  tableId: TableId | null;
  staffGroup: Note['staffGroup'];
  sector: Note['sector'];
}

/** The exercise the room is on: the facilitator's current one, else the first on the agenda. */
export function currentExercise(doc: SessionDocument) {
  const current = doc.facilitation.currentExerciseId;
  if (current && doc.exercises[current]) return doc.exercises[current];
  return Object.values(doc.exercises).sort((a, b) => a.order - b.order)[0] ?? null;
}

/** The member's table's board of the current exercise, or null (no table chosen, no exercise yet). */
export function memberBoard(doc: SessionDocument, member: RoomMember): Board | null {
  const exercise = currentExercise(doc);
  if (!exercise || !member.tableId) return null;
  return Object.values(doc.boards).find((b) => b.exerciseId === exercise.id && b.tableId === member.tableId) ?? null;
}

/** The id a member's note gets: the same for the same client id, so a resend (after a lost connection) adds nothing. */
export function roomNoteId(member: RoomMember, clientNoteId: string): NoteId {
  return `note:room${member.number}-${clientNoteId}` as NoteId;
}

/** The note to add for a member, or null when it is already stored (a resend); refused with the reason otherwise. */
export function addNoteOperation(
  doc: SessionDocument,
  member: RoomMember,
  clientNoteId: string,
  text: string,
  zoneId: string | null,
  now: string,
): Result<Operation | null> {
  const id = roomNoteId(member, clientNoteId);
  if (doc.notes[id]) return ok(null);
  const board = memberBoard(doc, member);
  if (!board)
    return fail(
      'invalid-input',
      member.tableId
        ? 'There is no board for your table yet. Wait for the facilitator to start the exercise.'
        : 'Choose your table first.',
    );
  if (board.locked)
    return fail(
      'conflict',
      'Your table’s board is locked just now. Your note is kept on this phone; send it again when the facilitator unlocks the board.',
    );
  const zone =
    zoneId && doc.zones[zoneId as ZoneId]?.boardId === board.id
      ? (zoneId as ZoneId)
      : (Object.values(doc.zones)
          .filter((z) => z.boardId === board.id)
          .sort((a, b) => a.order - b.order)[0]?.id ?? null);
  const at = spotFor(doc, board.id, zone);
  const note: Note = {
    id,
    boardId: board.id,
    text,
    x: at.x,
    y: at.y,
    zoneId: zone,
    kind: 'participant',
    staffGroup: member.staffGroup,
    sector: member.sector,
    source: 'staff',
    isQuote: false,
    severity: null,
    tag: null,
    clusterId: null,
    createdAt: now,
  };
  return ok(operation('addNotes', { notes: [note] }));
}

const refusedOrOp = (result: Operation | { refused: string }, member: RoomMember): Result<Operation> =>
  'refused' in result
    ? fail('invalid-input', result.refused.replace(`Participant ${member.number} has`, 'You have'))
    : ok(result);

/** Adds or takes back one of the member's dots on a note of their board, within the exercise's limits (shared/voting/round.ts). */
export function dotOperation(
  doc: SessionDocument,
  member: RoomMember,
  noteId: NoteId,
  add: boolean,
): Result<Operation> {
  const board = memberBoard(doc, member);
  if (!board) return fail('invalid-input', 'Choose your table first.');
  const settings = doc.exercises[board.exerciseId]?.voting ?? null;
  return refusedOrOp(
    add ? placeDot(doc, board.id, settings, member.number, noteId) : takeBackDot(doc, board.id, member.number, noteId),
    member,
  );
}

/** Sets the member's rating of a zone of their board; null when it is already that. */
export function rateOperation(
  doc: SessionDocument,
  member: RoomMember,
  zoneId: ZoneId,
  value: number,
): Result<Operation | null> {
  const board = memberBoard(doc, member);
  if (!board) return fail('invalid-input', 'Choose your table first.');
  const result = rateZone(doc, board.id, doc.exercises[board.exerciseId]?.voting ?? null, member.number, zoneId, value);
  return result === null ? ok(null) : refusedOrOp(result, member);
}

/** Dots the member may still add on the board: in all, or summed over the zones when dots are counted per zone. */
function dotsLeftOnBoard(
  doc: SessionDocument,
  boardId: BoardId,
  dots: NonNullable<VotingSettings['dots']>,
  token: number,
): number {
  if (!dots.perZone) return dotsLeft(doc, boardId, dots, token, null);
  return Object.values(doc.zones)
    .filter((z) => z.boardId === boardId)
    .reduce((sum, z) => sum + dotsLeft(doc, boardId, dots, token, z.id), 0);
}

/**
 * What the member sees now. Other people's dots are never sent; the room's results only once
 * revealed on the big screen. Notes the facilitator hid from the room are not sent to anyone but
 * their author.
 */
export function participantView(
  doc: SessionDocument,
  member: RoomMember,
  paused: boolean,
  now: number,
  hidden: ReadonlySet<string> = new Set(),
): ParticipantView {
  const exercise = currentExercise(doc);
  const board = memberBoard(doc, member);
  const boardId = board?.id ?? ('' as BoardId);
  const prefix = `note:room${member.number}-`;
  const notes = board
    ? Object.values(doc.notes).filter((n) => n.boardId === boardId && (!hidden.has(n.id) || n.id.startsWith(prefix)))
    : [];
  const myVotes = Object.values(doc.votes).filter((v) => v.boardId === boardId && v.participant === member.number);
  const settings = board ? (doc.exercises[board.exerciseId]?.voting ?? null) : null;
  const timer = doc.facilitation.timer;
  return {
    paused,
    exercise: exercise ? { title: exercise.title, prompt: exercise.prompt } : null,
    zones: board
      ? Object.values(doc.zones)
          .filter((z) => z.boardId === boardId)
          .sort((a, b) => a.order - b.order)
          .map((z) => ({ id: z.id, label: z.label }))
      : [],
    notes: notes.map((n) => ({
      id: n.id,
      text: n.text,
      zoneId: n.zoneId,
      mine: n.id.startsWith(prefix),
      myDots: myVotes.filter((v) => v.kind === 'dot' && v.noteId === n.id).reduce((s, v) => s + v.count, 0),
      reference: n.kind === 'reference',
    })),
    voting: board?.voting ?? 'closed',
    dotsLeft: board && settings?.dots ? dotsLeftOnBoard(doc, boardId, settings.dots, member.number) : null,
    dotsPerZone: settings?.dots?.perZone ?? false,
    rating: settings?.rating
      ? {
          question: settings.rating.question,
          scale: settings.rating.scale,
          mine: Object.fromEntries(myVotes.flatMap((v) => (v.kind === 'rating' ? [[v.zoneId, v.value]] : []))),
        }
      : null,
    timer:
      timer.durationSeconds > 0
        ? { secondsLeft: Math.round(remainingSeconds(timer, now)), running: isRunning(timer) }
        : null,
    stored: Object.keys(doc.notes)
      .filter((id) => id.startsWith(prefix))
      .map((id) => id.slice(prefix.length)),
  };
}
