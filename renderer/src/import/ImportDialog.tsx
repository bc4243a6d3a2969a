import { useId, useState, type FormEvent } from 'react';
import { FormActions } from '../ui/FormActions';
import { announce } from '../a11y/announcer';
import type { Workbench } from '../state/workbench';
import { ModalDialog } from '../ui/ModalDialog';
import type { ImportRequest } from './ImportDialogHost';

interface ImportDialogProps {
  workbench: Workbench;
  request: ImportRequest;
  sessionName: string;
  onClose(): void;
}

/** Exports are JSON; anything much larger than the biggest event's export is refused before reading. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Import session export / Import a table into this session: pick the file, and the services
 * check it in full (size, format, references, content hash). A bad file gets the specific
 * reason and changes nothing; a good one opens (a session) or lands as one undoable step (a table).
 */
export function ImportDialog({ workbench, request, sessionName, onClose }: ImportDialogProps) {
  const inputId = useId();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const table = request.kind === 'table';

  async function importNow(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem('Choose an export file first (it ends .roundtable-export.json).');
      document.getElementById(inputId)?.focus();
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setProblem(`"${file.name}" is too large (over 16 MB) to be a Roundtable export, so it was not read.`);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const text = await file.text();
      if (request.kind === 'session') {
        const summary = await workbench.api.importSessionExport(file.name, text);
        onClose();
        announce(`Imported “${summary.eventName}” with ${summary.noteCount} notes.`);
        await workbench.revealSession(summary.id);
      } else {
        const plan = await workbench.api.planTableMerge(request.sessionId, file.name, text);
        const session = await workbench.openSession(request.sessionId);
        if (!session?.apply(plan.operation))
          throw new Error(session?.getView().problem ?? 'The table could not be added.');
        onClose();
        announce(`Merged ${plan.tableName} with ${plan.notes} notes. Undo takes it back.`);
      }
    } catch (error) {
      setBusy(false);
      setProblem(`Nothing was imported. ${(error as Error).message}`);
    }
  }

  return (
    <ModalDialog
      title={table ? 'Import a table into this session' : 'Import session export'}
      subtitle={table ? sessionName : undefined}
      onClose={onClose}
      className="export-dialog"
    >
      <p className="modal-text" id={hintId}>
        {table
          ? 'Choose the export of one table made on another laptop (File › Export session…, then under “What to export” choose that table). Its boards join this session’s exercises; importing the same table twice is refused.'
          : 'Choose a session’s export (a file ending .roundtable-export.json). It is added to your sessions; nothing you already have is changed.'}
      </p>
      <form onSubmit={(e) => void importNow(e)}>
        <div className="field">
          <label htmlFor={inputId}>Export file</label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            aria-describedby={hintId}
            data-autofocus
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setProblem(null);
            }}
          />
        </div>
        <FormActions
          failure={problem}
          submitLabel={busy ? 'Importing…' : 'Import'}
          submitDisabled={busy}
          onCancel={onClose}
        />
      </form>
    </ModalDialog>
  );
}
