import type { SessionId } from '../../../shared/ids';
import { dialogsOf, type DialogHostProps } from '../dialogs/dialogRegistry';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { ExportDialog } from './ExportDialog';

/** The files one by one, or the event pack: one zip with the files, a PNG per board and the report. */
export type ExportKind = 'files' | 'pack';

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    export: { kind: 'export'; sessionId: SessionId; contents: ExportKind };
  }
}

/** Shows the Export dialog when "Export session…" or "Export event pack…" asked for it. */
export function ExportDialogHost({ dialog, onClose }: DialogHostProps<{ sessionId: SessionId; contents: ExportKind }>) {
  const workbench = useWorkbench();
  const { sessionId, contents } = dialog;
  const sessions = useWorkbenchState((s) => s.sessions);
  const open = useWorkbenchState((s) => s.openSessions.get(sessionId));
  const name = sessions?.find((s) => s.id === sessionId)?.eventName ?? 'this session';
  const tables = open ? Object.values(open.getView().doc.tables).sort((a, b) => a.order - b.order) : [];
  return (
    <ExportDialog
      key={`${sessionId}-${contents}`}
      api={workbench.api}
      sessionId={sessionId}
      sessionName={name}
      tables={tables}
      pack={contents === 'pack'}
      onClose={onClose}
    />
  );
}

export const EXPORT_DIALOGS = dialogsOf(['export'], ExportDialogHost);
