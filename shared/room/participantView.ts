import type { Board, Note, SessionDocument, Vote, Zone } from '../document/schema';
import type { BoardId } from '../ids';
import { isRunning, remainingSeconds } from '../facilitation/timer';
import { currentExercise, dotsGivenElsewhere, memberBoard, ratingsOf, type RoomMember } from './participantActions';
import type { ParticipantNote, ParticipantView } from './protocol';

// What each participant sees. Built for a full room: the session is indexed once per revision
// (notes by board and by author, votes by participant), so each phone's view costs only its own
// notes, and its board's notes while voting is open.

interface RoomIndex {
  zonesByBoard: Map<string, Zone[]>;
  notesByBoard: Map<string, Note[]>;
  notesByNumber: Map<number, Note[]>;
  votesByNumber: Map<number, Vote[]>;
}

const ROOM_PREFIX = 'note:room';
const indexes = new WeakMap<SessionDocument, RoomIndex>();

/** The number of the participant who wrote a room note, or null for any other note. */
export function roomNoteAuthor(noteId: string): number | null {
  // Read by hand, not by a regular expression: it runs for every note of a large session.
  if (!noteId.startsWith(ROOM_PREFIX)) return null;
  let number = 0;
  let i = ROOM_PREFIX.length;
  for (; i < noteId.length && i < ROOM_PREFIX.length + 4; i++) {
    const digit = noteId.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    number = number * 10 + digit;
  }
  return i > ROOM_PREFIX.length && noteId[i] === '-' ? number : null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The session indexed for views; the same object for the same revision of the document. */
export function roomIndex(doc: SessionDocument): RoomIndex {
  let index = indexes.get(doc);
  if (index) return index;
  index = { zonesByBoard: new Map(), notesByBoard: new Map(), notesByNumber: new Map(), votesByNumber: new Map() };
  for (const zone of Object.values(doc.zones)) push(index.zonesByBoard, zone.boardId, zone);
  for (const zones of index.zonesByBoard.values()) zones.sort((a, b) => a.order - b.order);
  for (const note of Object.values(doc.notes)) {
    push(index.notesByBoard, note.boardId, note);
    const author = roomNoteAuthor(note.id);
    if (author !== null) push(index.notesByNumber, author, note);
  }
  for (const vote of Object.values(doc.votes))
    if (vote.participant !== null) push(index.votesByNumber, vote.participant, vote);
  indexes.set(doc, index);
  return index;
}

/** What the room adds to the document: pause, hidden notes, the member's held notes, the facilitator's choices. */
export interface ViewContext {
  paused: boolean;
  now: number;
  hidden: ReadonlySet<string>;
  held: readonly { clientNoteId: string; text: string; zoneId: string | null }[];
  tableChange: boolean;
}

function dotsLeft(
  doc: SessionDocument,
  board: Board,
  member: RoomMember,
  myVotes: Vote[],
  zones: Zone[],
): number | null {
  const dots = doc.exercises[board.exerciseId]?.voting?.dots;
  if (!dots) return null;
  const mineHere = myVotes.filter(
    (v): v is Extract<Vote, { kind: 'dot' }> => v.kind === 'dot' && v.boardId === board.id,
  );
  const left = (zoneId: string | null, zoneOrder: number | null) => {
    const here = mineHere
      .filter((v) => !dots.perZone || doc.notes[v.noteId]?.zoneId === zoneId)
      .reduce((s, v) => s + v.count, 0);
    return Math.max(0, dots.perParticipant - here - dotsGivenElsewhere(doc, board, member, zoneOrder));
  };
  return dots.perZone ? zones.reduce((sum, z) => sum + left(z.id, z.order), 0) : left(null, null);
}

/**
 * What the member sees now. Other people's dots are never sent; the room's results only once
 * revealed on the big screen. Other people's notes only while voting is open, and never one the
 * facilitator hid from the room.
 */
export function participantView(doc: SessionDocument, member: RoomMember, context: ViewContext): ParticipantView {
  const { view, notes } = viewParts(doc, member, context);
  return { ...view, notes: notes.map((n) => n.note) };
}

const noteFragments = new WeakMap<Note, string>();

/**
 * The view as the message the phone is sent (`{"type":"view",…}`), built for a full room: each
 * note's JSON is made once per version of the note (records are replaced, never changed, when a
 * note changes) and reused in every phone's view after.
 */
export function participantViewMessage(doc: SessionDocument, member: RoomMember, context: ViewContext): string {
  const { view, notes } = viewParts(doc, member, context);
  const parts = notes.map(({ source, note }) => {
    if (!source) return JSON.stringify(note);
    let fragment = noteFragments.get(source);
    if (fragment === undefined) {
      fragment = JSON.stringify({ id: note.id, text: note.text, zoneId: note.zoneId, reference: note.reference }).slice(
        0,
        -1,
      );
      noteFragments.set(source, fragment);
    }
    return `${fragment},"mine":${note.mine},"myDots":${note.myDots}}`;
  });
  return `{"type":"view","view":${JSON.stringify(view).slice(0, -1)},"notes":[${parts.join(',')}]}}`;
}

function viewParts(
  doc: SessionDocument,
  member: RoomMember,
  context: ViewContext,
): { view: Omit<ParticipantView, 'notes'>; notes: { source: Note | null; note: ParticipantNote }[] } {
  const index = roomIndex(doc);
  const exercise = currentExercise(doc);
  const board = memberBoard(doc, member);
  const boardId = (board?.id ?? '') as BoardId;
  const zones = board ? (index.zonesByBoard.get(boardId) ?? []) : [];
  const myVotes = index.votesByNumber.get(member.number) ?? [];
  const myDots = new Map<string, number>();
  for (const v of myVotes)
    if (v.kind === 'dot' && v.boardId === boardId) myDots.set(v.noteId, (myDots.get(v.noteId) ?? 0) + v.count);
  const voting = board?.voting ?? 'closed';
  const shown =
    voting === 'open'
      ? (index.notesByBoard.get(boardId) ?? []).filter(
          (n) => roomNoteAuthor(n.id) === member.number || !context.hidden.has(n.id),
        )
      : (index.notesByNumber.get(member.number) ?? []).filter((n) => n.boardId === boardId);
  const notes: { source: Note | null; note: ParticipantNote }[] = shown.map((n) => ({
    source: n,
    note: {
      id: n.id,
      text: n.text,
      zoneId: n.zoneId,
      mine: roomNoteAuthor(n.id) === member.number,
      myDots: myDots.get(n.id) ?? 0,
      reference: n.kind === 'reference',
    },
  }));
  for (const h of context.held)
    notes.push({
      source: null,
      note: {
        id: `held:${h.clientNoteId}`,
        text: h.text,
        zoneId: h.zoneId,
        mine: true,
        myDots: 0,
        reference: false,
        held: true,
      },
    });
  const settings = board ? (doc.exercises[board.exerciseId]?.voting ?? null) : null;
  const timer = doc.facilitation.timer;
  const view = {
    paused: context.paused,
    exercise: exercise ? { title: exercise.title, prompt: exercise.prompt } : null,
    zones: zones.map((z) => ({ id: z.id, label: z.label })),
    voting,
    dotsLeft: board && voting === 'open' ? dotsLeft(doc, board, member, myVotes, zones) : null,
    dotsPerZone: settings?.dots?.perZone ?? false,
    rating:
      board && settings?.rating
        ? {
            question: settings.rating.question,
            scale: settings.rating.scale,
            mine: voting === 'open' ? ratingsOf(doc, board, member) : {},
          }
        : null,
    timer:
      timer.durationSeconds > 0
        ? { secondsLeft: Math.round(remainingSeconds(timer, context.now)), running: isRunning(timer) }
        : null,
    tableChange: context.tableChange,
  };
  return { view, notes };
}
