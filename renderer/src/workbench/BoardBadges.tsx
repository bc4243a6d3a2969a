import type { Board, SessionDocument } from '../../../shared/document/schema';

interface BoardBadgesProps {
  doc: SessionDocument;
  board: Board;
  /** Shown as an Unlock button beside "Locked" when given (not for a read-only session). */
  onUnlock?: () => void;
}

/** Small labels saying what state the board is in: the exercise the room is on, locked (with Unlock beside it). */
export function BoardBadges({ doc, board, onUnlock }: BoardBadgesProps) {
  const current = doc.facilitation.currentExerciseId === board.exerciseId;
  if (!current && !board.locked) return null;
  return (
    <>
      <ul className="board-badges" aria-label="Board state">
        {current && <li className="badge badge-current">Running now</li>}
        {board.locked && <li className="badge badge-locked">Locked</li>}
      </ul>
      {board.locked && onUnlock && (
        <button type="button" className="button" onClick={onUnlock}>
          Unlock
        </button>
      )}
    </>
  );
}
