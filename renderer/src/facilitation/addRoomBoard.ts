import { boardsOfExercise } from '../../../shared/document/boards';
import type { BoardId, ExerciseId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/operation';
import { blankCopyOfBoard } from '../../../shared/operations/tableOperations';
import type { OpenSession } from '../state/openSession';

// Its own module, for the Table menu's command: the board's first paint does not load it.

/** Adds the exercise's room board (laid out like its tables' boards) and returns its id. */
export function addRoomBoard(session: OpenSession, exerciseId: ExerciseId): BoardId | null {
  const doc = session.getView().doc;
  const [pattern] = boardsOfExercise(doc, exerciseId);
  if (!pattern) return null;
  const records = blankCopyOfBoard(doc, pattern, null);
  return session.apply(operation('addRoomBoard', records)) ? records.board.id : null;
}
