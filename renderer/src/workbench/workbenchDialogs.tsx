import type { SessionId } from '../../../shared/ids';
import { dialogsOf, type DialogHostProps } from '../dialogs/dialogRegistry';
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

type WorkbenchOwnDialog =
  | { kind: 'newSession' }
  | { kind: 'addExercise'; sessionId: SessionId }
  | { kind: 'renameSession'; sessionId: SessionId }
  | { kind: 'deleteSession'; sessionId: SessionId }
  | { kind: 'commandPalette' }
  | { kind: 'about' }
  | { kind: 'diagnostics' }
  | { kind: 'versionHistory'; sessionId: SessionId };

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    newSession: Extract<WorkbenchOwnDialog, { kind: 'newSession' }>;
    addExercise: Extract<WorkbenchOwnDialog, { kind: 'addExercise' }>;
    renameSession: Extract<WorkbenchOwnDialog, { kind: 'renameSession' }>;
    deleteSession: Extract<WorkbenchOwnDialog, { kind: 'deleteSession' }>;
    commandPalette: Extract<WorkbenchOwnDialog, { kind: 'commandPalette' }>;
    about: Extract<WorkbenchOwnDialog, { kind: 'about' }>;
    diagnostics: Extract<WorkbenchOwnDialog, { kind: 'diagnostics' }>;
    versionHistory: Extract<WorkbenchOwnDialog, { kind: 'versionHistory' }>;
  }
}

export const WORKBENCH_DIALOGS = dialogsOf(
  [
    'newSession',
    'addExercise',
    'renameSession',
    'deleteSession',
    'commandPalette',
    'about',
    'diagnostics',
    'versionHistory',
  ],
  WorkbenchDialogHost,
);

/** The workbench's own dialogs: sessions, the palette, About and diagnostics. */
function WorkbenchDialogHost({ dialog, onClose: close }: DialogHostProps<WorkbenchOwnDialog>) {
  const workbench = useWorkbench();
  const sessions = useWorkbenchState((s) => s.sessions);
  const openSessions = useWorkbenchState((s) => s.openSessions);
  const appInfo = useWorkbenchState((s) => s.appInfo);
  const nameOf = (id: SessionId) =>
    openSessions.get(id)?.getView().doc.event.name ?? sessions?.find((s) => s.id === id)?.eventName ?? 'this session';
  const focusTreeItem = (id: string) =>
    requestAnimationFrame(() => document.getElementById(treeItemDomId(id))?.focus());

  switch (dialog.kind) {
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
    default:
      return null;
  }
}
