import type { Board, SessionDocument } from './schema';
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

/** How many participant notes (not reference cards) each board holds, in one pass over the notes. */
export function participantNotesPerBoard(doc: SessionDocument): Map<BoardId, number> {
  const counts = new Map<BoardId, number>();
  for (const note of Object.values(doc.notes))
    if (note.kind === 'participant') counts.set(note.boardId, (counts.get(note.boardId) ?? 0) + 1);
  return counts;
}
