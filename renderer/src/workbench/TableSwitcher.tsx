import { Pencil, Plus } from 'lucide-react';
import { boardOwner, boardsOfExercise, participantNotesPerBoard } from '../../../shared/document/boards';
import type { SessionDocument } from '../../../shared/document/schema';
import type { BoardId } from '../../../shared/ids';
import { useCommands, useWorkbench } from '../hooks/workbenchContext';
import { IconButton } from '../ui/IconButton';
import { keepingFocus } from '../ui/focusAfterSwitch';

interface TableSwitcherProps {
  doc: SessionDocument;
  boardId: BoardId;
}

/**
 * The exercise's boards, one button per table (and the room board): one click, or T and
 * Shift+T on the board, shows another table's board in the same place.
 */
export function TableSwitcher({ doc, boardId }: TableSwitcherProps) {
  const workbench = useWorkbench();
  const commands = useCommands();
  const board = doc.boards[boardId];
  if (!board) return null;
  const boards = boardsOfExercise(doc, board.exerciseId);
  const counts = participantNotesPerBoard(doc);
  return (
    <nav className="table-switcher" aria-label="Tables">
      <ul className="table-switcher-list">
        {boards.map((b) => {
          const notes = counts.get(b.id) ?? 0;
          const owner = boardOwner(doc, b);
          return (
            <li key={b.id}>
              <button
                type="button"
                className="table-switcher-button"
                aria-current={b.id === boardId ? 'page' : undefined}
                onClick={() => keepingFocus(() => workbench.switchBoard(b.id))}
              >
                <span>
                  {owner}
                  <span className="visually-hidden">
                    , {notes} {notes === 1 ? 'note' : 'notes'}
                    {b.locked && ', locked'}
                  </span>
                </span>
                <span className="table-switcher-count" aria-hidden="true">
                  {notes}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <IconButton label="Add table" icon={Plus} onClick={() => commands.run('table.add')} />
      <IconButton
        label="Edit table"
        icon={Pencil}
        disabled={!board.tableId}
        onClick={() => commands.run('table.edit')}
      />
    </nav>
  );
}
