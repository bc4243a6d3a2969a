import type { Board, SessionDocument } from '../../../shared/document/schema';

/** Small labels saying what state the board is in: the exercise the room is on, locked. */
export function BoardBadges({ doc, board }: { doc: SessionDocument; board: Board }) {
  const current = doc.facilitation.currentExerciseId === board.exerciseId;
  if (!current && !board.locked) return null;
  return (
    <ul className="board-badges" aria-label="Board state">
      {current && <li className="badge badge-current">Running now</li>}
      {board.locked && <li className="badge badge-locked">Locked</li>}
    </ul>
  );
}
