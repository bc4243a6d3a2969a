import type { SessionId } from '../../../shared/ids';
import { CommandPalette } from './CommandPalette';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { AddExerciseDialog } from './AddExerciseDialog';
import { DeleteSessionDialog } from './DeleteSessionDialog';
import { NewSessionDialog } from './NewSessionDialog';
import { RenameSessionDialog } from './RenameSessionDialog';
import { AboutDialog } from './AboutDialog';
import { DiagnosticsDialog } from './DiagnosticsDialog';
import { formatVersionTime, VersionHistoryDialog } from './VersionHistoryDialog';
import { treeItemDomId } from './SessionsExplorer';
import { announce } from '../a11y/announcer';
import { tabDomId } from '../ui/domIds';
import { SESSIONS_TREE_ID } from '../ui/domIds';
import { TableDialogHost } from '../facilitation/TableDialogHost';
import { ClusterDialogHost } from '../clusters/ClusterDialogHost';
import { VotingDialogHost } from '../voting/VotingDialogHost';
import { PaperDialogHost } from '../paper/PaperDialogHost';
import { TemplateDialogHost } from '../templates/TemplateDialogHost';

/** Shows the workbench's current dialog, if any, and carries out what it asks. */
export function DialogHost() {
  const workbench = useWorkbench();
  const dialog = useWorkbenchState((s) => s.dialog);
  const sessions = useWorkbenchState((s) => s.sessions);
  const openSessions = useWorkbenchState((s) => s.openSessions);
  const appInfo = useWorkbenchState((s) => s.appInfo);
  const close = () => workbench.showDialog(null);
  const nameOf = (id: SessionId) =>
    openSessions.get(id)?.getView().doc.event.name ?? sessions?.find((s) => s.id === id)?.eventName ?? 'this session';
  const focusTreeItem = (id: string) =>
    requestAnimationFrame(() => document.getElementById(treeItemDomId(id))?.focus());

  switch (dialog?.kind) {
    case 'commandPalette':
      return <CommandPalette onClose={close} />;
    case 'newSession':
      return (
        <NewSessionDialog
          onClose={close}
          onCreate={async (event) => {
            const id = await workbench.createSession(event);
            close();
            focusTreeItem(id);
            announce(`Session “${event.name}” created. Add an exercise to it next.`);
          }}
        />
      );
    case 'addExercise':
      return (
        <AddExerciseDialog
          api={workbench.api}
          sessionName={nameOf(dialog.sessionId)}
          onClose={close}
          onCustom={() => workbench.showDialog({ kind: 'customExercise', sessionId: dialog.sessionId })}
          onAdd={async (template) => {
            const boardId = await workbench.addExercise(dialog.sessionId, template);
            close();
            if (boardId) requestAnimationFrame(() => document.getElementById(tabDomId(boardId))?.focus());
            announce(`${template.title} added; its board is open.`);
          }}
        />
      );
    case 'renameSession':
      return (
        <RenameSessionDialog
          currentName={nameOf(dialog.sessionId)}
          onClose={close}
          onRename={async (name) => {
            await workbench.renameSession(dialog.sessionId, name);
            close();
          }}
        />
      );
    case 'versionHistory':
      return (
        <VersionHistoryDialog
          api={workbench.api}
          sessionId={dialog.sessionId}
          sessionName={nameOf(dialog.sessionId)}
          onClose={close}
          onRestore={async (snapshot) => {
            await workbench.restoreVersion(dialog.sessionId, snapshot);
            close();
            announce(
              `Restored the version from ${formatVersionTime(snapshot.takenAt)}. Undo brings back what was there before.`,
            );
          }}
        />
      );
    case 'deleteSession':
      return (
        <DeleteSessionDialog
          sessionName={nameOf(dialog.sessionId)}
          onClose={close}
          onDelete={async () => {
            const name = nameOf(dialog.sessionId);
            await workbench.deleteSession(dialog.sessionId);
            close();
            // Focus goes to the explorer's next session or, with none left, to "New session".
            requestAnimationFrame(() =>
              (
                document.querySelector<HTMLElement>(`#${SESSIONS_TREE_ID} [tabindex="0"]`) ??
                document.querySelector<HTMLElement>('[aria-label="New session"]')
              )?.focus(),
            );
            announce(`Session “${name}” deleted.`);
          }}
        />
      );
    case 'about':
      return (
        <AboutDialog
          appInfo={appInfo}
          onCopyDiagnostics={() => workbench.showDialog({ kind: 'diagnostics' })}
          onClose={close}
        />
      );
    case 'diagnostics':
      return <DiagnosticsDialog api={workbench.api} onClose={close} />;
    case 'table': {
      const session = openSessions.get(dialog.sessionId);
      return session ? <TableDialogHost session={session} tableId={dialog.tableId} onClose={close} /> : null;
    }
    case 'voting': {
      const session = openSessions.get(dialog.sessionId);
      return session ? (
        <VotingDialogHost session={session} boardId={dialog.boardId} view={dialog.view} onClose={close} />
      ) : null;
    }
    case 'clusterDetails':
    case 'joinCluster':
    case 'suggestClusters':
      return <ClusterDialogHost dialog={dialog} onClose={close} />;
    case 'noteDetails':
    case 'printBoard':
    case 'transcribe':
      return <PaperDialogHost dialog={dialog} onClose={close} />;
    case 'customExercise':
    case 'saveTemplate':
      return <TemplateDialogHost dialog={dialog} onClose={close} />;
    default:
      return null;
  }
}
