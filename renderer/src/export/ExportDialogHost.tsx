import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { ExportDialog } from './ExportDialog';
import { exportDialog, useExportDialogSession } from './exportStore';

/** Shows the Export dialog when "Export session…" asked for it. */
export function ExportDialogHost() {
  const workbench = useWorkbench();
  const sessionId = useExportDialogSession();
  const sessions = useWorkbenchState((s) => s.sessions);
  if (!sessionId) return null;
  const name = sessions?.find((s) => s.id === sessionId)?.eventName ?? 'this session';
  return <ExportDialog key={sessionId} api={workbench.api} sessionId={sessionId} sessionName={name} onClose={exportDialog.close} />;
}
