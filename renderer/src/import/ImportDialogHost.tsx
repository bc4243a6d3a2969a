import type { SessionId } from '../../../shared/ids';
import { dialogsOf, type DialogHostProps } from '../dialogs/dialogRegistry';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { ImportDialog } from './ImportDialog';

/** A whole session's export as a new session, or one table's export merged into `sessionId`. */
export type ImportRequest = { kind: 'session' } | { kind: 'table'; sessionId: SessionId };

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    import: { kind: 'import'; request: ImportRequest };
  }
}

/** Shows the import dialog when an import command asked for it. */
export function ImportDialogHost({ dialog, onClose }: DialogHostProps<{ request: ImportRequest }>) {
  const workbench = useWorkbench();
  const { request } = dialog;
  const sessions = useWorkbenchState((s) => s.sessions);
  const name =
    request.kind === 'table' ? (sessions?.find((s) => s.id === request.sessionId)?.eventName ?? 'this session') : '';
  return (
    <ImportDialog key={request.kind} workbench={workbench} request={request} sessionName={name} onClose={onClose} />
  );
}

export const IMPORT_DIALOGS = dialogsOf(['import'], ImportDialogHost);
