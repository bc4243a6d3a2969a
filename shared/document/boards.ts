import type { Board, Note, SessionDocument } from './schema';
import type { BoardId, ExerciseId } from '../ids';

/** An exercise's boards in the order the room sees them: tables in their order, the room board last. */
export function boardsOfExercise(doc: SessionDocument, exerciseId: ExerciseId): Board[] {
  const rank = (b: Board) =>
    b.tableId ? (doc.tables[b.tableId]?.order ?? Number.MAX_SAFE_INTEGER - 1) : Number.MAX_SAFE_INTEGER;
  return Object.values(doc.boards)
    .filter((b) => b.exerciseId === exerciseId)
    .sort((a, b) => rank(a) - rank(b));
}

/** Whose board it is, as the room says it: the table's name, or "Room board". */
export function boardOwner(doc: SessionDocument, board: Board): string {
  return board.tableId ? (doc.tables[board.tableId]?.name ?? 'Table') : 'Room board';
}

/** The board of `exerciseId` for the same table as `boardId` (or the first board), e.g. when the room moves on. */
export function matchingBoard(doc: SessionDocument, boardId: BoardId | null, exerciseId: ExerciseId): Board | null {
  const boards = boardsOfExercise(doc, exerciseId);
  const tableId = boardId ? doc.boards[boardId]?.tableId : undefined;
  return boards.find((b) => tableId !== undefined && b.tableId === tableId) ?? boards[0] ?? null;
}

/** Exercises in agenda order. */
export function agendaOf(doc: SessionDocument) {
  return Object.values(doc.exercises).sort((a, b) => a.order - b.order);
}

/**
 * Each board's notes, in the document's order, found in one pass over the notes. A document's
 * notes record is replaced whenever a note changes, so the pass is kept for as long as that
 * record is the same object: the board, its header's note counts and its fit share one pass
 * (a board opening with 10,000 notes made four). The lists are shared: never change them.
 */
export function notesByBoard(doc: SessionDocument): ReadonlyMap<BoardId, readonly Note[]> {
  let found = notesByBoardOf.get(doc.notes);
  if (!found) {
    const lists = new Map<BoardId, Note[]>();
    for (const note of Object.values(doc.notes)) {
      const list = lists.get(note.boardId);
      if (list) list.push(note);
      else lists.set(note.boardId, [note]);
    }
    found = lists;
    notesByBoardOf.set(doc.notes, found);
  }
  return found;
}
const notesByBoardOf = new WeakMap<SessionDocument['notes'], ReadonlyMap<BoardId, readonly Note[]>>();
const NO_NOTES: readonly Note[] = [];

/** One board's notes, in the document's order (shared: see notesByBoard). */
export function notesOfBoard(doc: SessionDocument, boardId: BoardId): readonly Note[] {
  return notesByBoard(doc).get(boardId) ?? NO_NOTES;
}

/** How many participant notes (not reference cards) each board holds. */
export function participantNotesPerBoard(doc: SessionDocument): Map<BoardId, number> {
  const counts = new Map<BoardId, number>();
  for (const [boardId, notes] of notesByBoard(doc)) {
    let participant = 0;
    for (const note of notes) if (note.kind === 'participant') participant++;
    if (participant > 0) counts.set(boardId, participant);
  }
  return counts;
}
