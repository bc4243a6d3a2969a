import type { SessionId, TableId } from '../../../shared/ids';
import { dialogsOf, type DialogHostProps } from '../dialogs/dialogRegistry';
import { useWorkbenchState } from '../hooks/workbenchContext';
import { TableDialogHost } from './TableDialogHost';

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    /** Add a table (tableId null) or edit one: name, participants, mix. */
    table: { kind: 'table'; sessionId: SessionId; tableId: TableId | null };
  }
}

function TableDialogOfSession({ dialog, onClose }: DialogHostProps<{ sessionId: SessionId; tableId: TableId | null }>) {
  const session = useWorkbenchState((s) => s.openSessions.get(dialog.sessionId));
  return session ? <TableDialogHost session={session} tableId={dialog.tableId} onClose={onClose} /> : null;
}

export const TABLE_DIALOGS = dialogsOf(['table'], TableDialogOfSession);
