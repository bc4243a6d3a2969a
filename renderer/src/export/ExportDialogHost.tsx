import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { ExportDialog } from './ExportDialog';
import { exportDialog, useExportDialogSession } from './exportStore';

/** Shows the Export dialog when "Export session…" asked for it. */
export function ExportDialogHost() {
  const workbench = useWorkbench();
  const request = useExportDialogSession();
  const sessionId = request?.sessionId ?? null;
  const sessions = useWorkbenchState((s) => s.sessions);
  const open = useWorkbenchState((s) => (sessionId ? s.openSessions.get(sessionId) : undefined));
  if (!request || !sessionId) return null;
  const name = sessions?.find((s) => s.id === sessionId)?.eventName ?? 'this session';
  const tables = open ? Object.values(open.getView().doc.tables).sort((a, b) => a.order - b.order) : [];
  return (
    <ExportDialog
      key={`${sessionId}-${request.kind}`}
      api={workbench.api}
      sessionId={sessionId}
      sessionName={name}
      tables={tables}
      pack={request.kind === 'pack'}
      onClose={exportDialog.close}
    />
  );
}
