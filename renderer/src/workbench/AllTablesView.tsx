import { useSyncExternalStore } from 'react';
import { boardOwner, boardsOfExercise, participantNotesPerBoard } from '../../../shared/document/boards';
import type { BoardId } from '../../../shared/ids';
import { BoardCanvas } from '../board/BoardCanvas';
import { useWorkbench } from '../hooks/workbenchContext';
import type { OpenSession } from '../state/openSession';

interface AllTablesViewProps {
  session: OpenSession;
  boardId: BoardId;
}

/**
 * Every table's board of one exercise side by side, for the facilitator to compare them or
 * pick the one to discuss. Each is a live board; "Open" shows it full size.
 */
export function AllTablesView({ session, boardId }: AllTablesViewProps) {
  const workbench = useWorkbench();
  const { doc } = useSyncExternalStore(session.subscribe, session.getView);
  const board = doc.boards[boardId];
  if (!board) return null;
  const boards = boardsOfExercise(doc, board.exerciseId);
  const counts = participantNotesPerBoard(doc);
  return (
    <ul className="all-tables" aria-label="All tables’ boards">
      {boards.map((b) => {
        const owner = boardOwner(doc, b);
        const notes = counts.get(b.id) ?? 0;
        const headingId = `all-tables-${b.id.replace(':', '-')}`;
        return (
          <li key={b.id} className="all-tables-cell" aria-labelledby={headingId}>
            <div className="all-tables-head">
              <h3 id={headingId} className="all-tables-title">
                {owner}
                <span className="all-tables-count"> · {notes === 1 ? '1 note' : `${notes} notes`}</span>
              </h3>
              <button
                type="button"
                className="button"
                aria-label={`Open ${owner}’s board`}
                onClick={() => {
                  workbench.switchBoard(b.id);
                  workbench.setView(b.id, 'board');
                }}
              >
                Open
              </button>
            </div>
            <div className="all-tables-board">
              <BoardCanvas session={session} boardId={b.id} active={false} label={`${owner}`} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
