import type { Board, Note, SessionDocument, Vote } from '../document/schema';
import type { NoteId, TableId, ZoneId } from '../ids';
import { spotFor } from '../document/placement';
import { placeDot, rateZone, takeBackDot } from '../voting/round';
import { operation, type Operation } from '../operations/registry';
import { fail, ok, type Result } from '../result';

// What a participant's messages do to the session, as the same named operations the
// facilitator's window applies (so they show live, save, and can be undone there). Pure: the
// room server feeds it the document and applies the result.
//
// One person, one voice: a participant keeps one number for the whole session, whichever table
// they sit at. Within an exercise their dots and ratings count wherever they were given: dots
// already given stay on the board they were given at and still count against the budget at a new
// table (zones matched by their place in the exercise), and a rating given at one table moves
// with them when they change it at another.

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

/**
 * The note a member's message makes, not yet placed (x and y are 0), or null when it is already
 * stored (a resend); refused with the reason otherwise.
 */
export function roomNoteDraft(
  doc: SessionDocument,
  member: RoomMember,
  clientNoteId: string,
  text: string,
  zoneId: string | null,
  now: string,
): Result<Note | null> {
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
  return ok({
    id,
    boardId: board.id,
    text,
    x: 0,
    y: 0,
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
  });
}

/** The note to add for a member, placed in the next free spot, or null when it is already stored (a resend). */
export function addNoteOperation(
  doc: SessionDocument,
  member: RoomMember,
  clientNoteId: string,
  text: string,
  zoneId: string | null,
  now: string,
): Result<Operation | null> {
  const draft = roomNoteDraft(doc, member, clientNoteId, text, zoneId, now);
  if (!draft.ok || !draft.value) return draft as Result<null>;
  const at = spotFor(doc, draft.value.boardId, draft.value.zoneId);
  return ok(operation('addNotes', { notes: [{ ...draft.value, ...at }] }));
}

const refusedOrOp = (result: Operation | { refused: string }, member: RoomMember): Result<Operation> =>
  'refused' in result
    ? fail('invalid-input', result.refused.replace(`Participant ${member.number} has`, 'You have'))
    : ok(result);

/** The member's votes of a kind on the exercise's other boards, with the order of the zone each is in. */
function votesElsewhere<K extends Vote['kind']>(
  doc: SessionDocument,
  board: Board,
  member: RoomMember,
  kind: K,
): { vote: Extract<Vote, { kind: K }>; zoneOrder: number | null }[] {
  const others = new Set(
    Object.values(doc.boards)
      .filter((b) => b.exerciseId === board.exerciseId && b.id !== board.id)
      .map((b) => b.id as string),
  );
  if (others.size === 0) return [];
  return Object.values(doc.votes).flatMap((v) => {
    if (v.kind !== kind || v.participant !== member.number || !others.has(v.boardId)) return [];
    const zoneId = v.kind === 'dot' ? doc.notes[v.noteId]?.zoneId : v.kind === 'rating' ? v.zoneId : null;
    return [{ vote: v as Extract<Vote, { kind: K }>, zoneOrder: zoneId ? (doc.zones[zoneId]?.order ?? null) : null }];
  });
}

/** Dots the member has given on the exercise's other boards: in all, or in the zone at `zoneOrder` when counted per zone. */
export function dotsGivenElsewhere(
  doc: SessionDocument,
  board: Board,
  member: RoomMember,
  zoneOrder: number | null,
): number {
  const perZone = doc.exercises[board.exerciseId]?.voting?.dots?.perZone ?? false;
  return votesElsewhere(doc, board, member, 'dot')
    .filter((d) => !perZone || d.zoneOrder === zoneOrder)
    .reduce((sum, d) => sum + d.vote.count, 0);
}

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
  if (add && settings?.dots && doc.notes[noteId]?.boardId === board.id && board.voting === 'open') {
    const note = doc.notes[noteId];
    const zoneOrder = note.zoneId ? (doc.zones[note.zoneId]?.order ?? null) : null;
    const here = Object.values(doc.votes)
      .filter(
        (v) =>
          v.kind === 'dot' &&
          v.boardId === board.id &&
          v.participant === member.number &&
          (!settings.dots!.perZone || doc.notes[v.noteId]?.zoneId === note.zoneId),
      )
      .reduce((sum, v) => sum + v.count, 0);
    if (here + dotsGivenElsewhere(doc, board, member, zoneOrder) >= settings.dots.perParticipant)
      return fail(
        'invalid-input',
        `You have used all ${settings.dots.perParticipant} dots${settings.dots.perZone ? ' in this column' : ''}.`,
      );
  }
  return refusedOrOp(
    add ? placeDot(doc, board.id, settings, member.number, noteId) : takeBackDot(doc, board.id, member.number, noteId),
    member,
  );
}

/** The member's ratings in the exercise by zone of their board: given here, or at another table in the zone at the same place. */
export function ratingsOf(doc: SessionDocument, board: Board, member: RoomMember): Record<string, number> {
  const zones = Object.values(doc.zones).filter((z) => z.boardId === board.id);
  const byOrder = new Map(zones.map((z) => [z.order, z.id as string]));
  const mine: Record<string, number> = {};
  for (const { vote, zoneOrder } of votesElsewhere(doc, board, member, 'rating')) {
    const zone = zoneOrder === null ? undefined : byOrder.get(zoneOrder);
    if (zone) mine[zone] = vote.value;
  }
  for (const v of Object.values(doc.votes))
    if (v.kind === 'rating' && v.boardId === board.id && v.participant === member.number) mine[v.zoneId] = v.value;
  return mine;
}

/** Sets the member's rating of a zone of their board, taking back one they gave the same zone at another table; null when it is already that. */
export function rateOperation(
  doc: SessionDocument,
  member: RoomMember,
  zoneId: ZoneId,
  value: number,
): Result<Operation | null> {
  const board = memberBoard(doc, member);
  if (!board) return fail('invalid-input', 'Choose your table first.');
  const result = rateZone(doc, board.id, doc.exercises[board.exerciseId]?.voting ?? null, member.number, zoneId, value);
  const order = doc.zones[zoneId]?.order;
  const elsewhere = votesElsewhere(doc, board, member, 'rating').filter((r) => r.zoneOrder === order);
  if (result === null && elsewhere.length === 0) return ok(null);
  if (result !== null && 'refused' in result) return refusedOrOp(result, member);
  const withdraw = operation('withdrawVotes', { voteIds: elsewhere.map((r) => r.vote.id) });
  if (result === null) return ok(withdraw);
  return ok(elsewhere.length === 0 ? result : operation('batch', { operations: [withdraw, result] }));
}

/** Room participants are numbered from here, apart from the numbers a shared-screen voting round gives out (1 up). */
export const FIRST_ROOM_NUMBER = 501;
/** The highest number a vote can carry (the document's limit). */
export const LAST_ROOM_NUMBER = 999;

/**
 * The number for the next person to join: above every number given out before in this session
 * (`lastGiven`, from the room's own file) and above every room number the session's notes and
 * votes carry, so a number is never given twice even if the room's file were lost. Null when
 * the numbers are used up.
 */
export function nextRoomNumber(doc: SessionDocument, lastGiven: number): number | null {
  let highest = Math.max(FIRST_ROOM_NUMBER - 1, lastGiven);
  for (const id of Object.keys(doc.notes)) {
    const match = /^note:room(\d+)-/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  for (const vote of Object.values(doc.votes))
    if (vote.participant !== null && vote.participant >= FIRST_ROOM_NUMBER)
      highest = Math.max(highest, vote.participant);
  return highest < LAST_ROOM_NUMBER ? highest + 1 : null;
}
