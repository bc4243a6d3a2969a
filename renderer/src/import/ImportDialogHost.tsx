import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { ImportDialog } from './ImportDialog';
import { importDialog, useImportRequest } from './importStore';

/** Shows the import dialog when an import command asked for it. */
export function ImportDialogHost() {
  const workbench = useWorkbench();
  const request = useImportRequest();
  const sessions = useWorkbenchState((s) => s.sessions);
  if (!request) return null;
  const name =
    request.kind === 'table' ? (sessions?.find((s) => s.id === request.sessionId)?.eventName ?? 'this session') : '';
  return (
    <ImportDialog
      key={request.kind}
      workbench={workbench}
      request={request}
      sessionName={name}
      onClose={importDialog.close}
    />
  );
}
