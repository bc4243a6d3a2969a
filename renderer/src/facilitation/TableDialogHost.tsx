import type { TableId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import { newTable } from '../../../shared/operations/tableOperations';
import { announce } from '../a11y/announcer';
import { useWorkbench } from '../hooks/workbenchContext';
import { neighbourBoard } from '../state/facilitation';
import type { OpenSession } from '../state/openSession';
import { TableDialog, type TableDetails } from './TableDialog';

interface TableDialogHostProps {
  session: OpenSession;
  tableId: TableId | null;
  onClose(): void;
}

/** Carries out the table dialog: adds, edits or removes a table, each one undo step, and shows the table's board. */
export function TableDialogHost({ session, tableId, onClose }: TableDialogHostProps) {
  const workbench = useWorkbench();
  const doc = session.getView().doc;
  const table = tableId ? (doc.tables[tableId] ?? null) : null;
  const tableCount = Object.keys(doc.tables).length;
  const takenNames = Object.values(doc.tables)
    .filter((t) => t.id !== tableId)
    .map((t) => t.name);
  // A name not taken yet, even when tables were renamed or removed.
  let number = tableCount + 1;
  while (takenNames.some((n) => n.toLowerCase() === `table ${number}`)) number++;
  const activeBoard = () => {
    const id = workbench.getState().activeBoardId;
    return id && workbench.activeTab()?.sessionId === session.id ? (session.getView().doc.boards[id] ?? null) : null;
  };

  function add(details: TableDetails) {
    const records = newTable(session.getView().doc, details.name);
    records.table = { ...records.table, participantCount: details.participantCount, mix: details.mix };
    if (!session.apply(operation('addTable', records)))
      return announce(session.getView().problem ?? 'The table could not be added.');
    onClose();
    const exerciseId = activeBoard()?.exerciseId;
    const board = exerciseId ? records.boards.find((b) => b.exerciseId === exerciseId) : undefined;
    if (board) workbench.switchBoard(board.id);
    announce(`${details.name} added${board ? ' and its board is showing' : ''}. Undo removes it.`);
  }

  function save(details: TableDetails) {
    if (!table) return add(details);
    if (!session.apply(operation('updateTable', { tableId: table.id, changes: details }))) {
      return announce(session.getView().problem ?? 'The table could not be changed.');
    }
    onClose();
    announce(`${details.name} saved.`);
  }

  function remove() {
    if (!table) return;
    // Show another table's board first, so the tab does not point at a board that is gone.
    const board = activeBoard();
    if (board?.tableId === table.id) {
      const next = neighbourBoard(session.getView().doc, board.id, 1);
      if (next) workbench.switchBoard(next.id);
    }
    if (!session.apply(operation('removeTable', { tableId: table.id })))
      return announce(session.getView().problem ?? 'The table could not be removed.');
    onClose();
    announce(`${table.name} removed with its boards. Undo brings it back.`);
  }

  return (
    <TableDialog
      table={table}
      suggestedName={`Table ${number}`}
      canRemove={tableCount > 1}
      takenNames={takenNames}
      onSave={save}
      onRemove={remove}
      onClose={onClose}
    />
  );
}
