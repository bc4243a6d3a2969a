import { FormActions } from '../ui/FormActions';
import { useEffect, useId, useState } from 'react';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/export/files';
import type { PiiDecision, PiiFlag } from '../../../shared/export/review';
import type { SessionId, TableId } from '../../../shared/ids';
import { announce } from '../a11y/announcer';
import { ModalDialog } from '../ui/ModalDialog';
import { downloadBytes, downloadFile } from './download';
import { eventPackOf } from './eventPack';
import { PiiReviewList } from './PiiReviewList';
import './export.css';

interface ExportDialogProps {
  api: RoundtableApi;
  sessionId: SessionId;
  sessionName: string;
  /** The session's tables, so one table's part can be exported for merging on another laptop. */
  tables: readonly { id: TableId; name: string }[];
  /** Export the event pack (one zip: the files, a PNG per board, the report) rather than the files one by one. */
  pack?: boolean;
  onClose(): void;
}

type Step =
  | { kind: 'checking' }
  | { kind: 'review'; flags: PiiFlag[] }
  | { kind: 'exporting'; flags: PiiFlag[] }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'packed'; name: string; boards: number; notes: number }
  | { kind: 'failed'; message: string };

/**
 * Export session: the PII check runs first and each flag is redacted or kept (redaction
 * changes the exported copy only), then the services build the JSON and the two CSVs. The
 * JSON downloads at once; each CSV has its own button, so a browser never blocks a burst of
 * downloads and a desktop Save dialog comes up once per file the user asks for.
 */
export function ExportDialog({ api, sessionId, sessionName, tables, pack = false, onClose }: ExportDialogProps) {
  const [scope, setScope] = useState<TableId | ''>('');
  const scopeId = useId();
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const [decisions, setDecisions] = useState<Record<string, PiiDecision>>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    api.checkExportPii(sessionId).then(
      (flags) => setStep({ kind: 'review', flags }),
      (error: Error) => setStep({ kind: 'failed', message: `The check could not run: ${error.message}` }),
    );
  }, [api, sessionId]);

  async function exportNow(flags: PiiFlag[]) {
    const undecided = flags.findIndex((f) => !decisions[f.id]);
    if (undecided >= 0) {
      const left = flags.filter((f) => !decisions[f.id]).length;
      setProblem(`Choose Redact or Keep for every flag first (${left} left), or use Redact all.`);
      document.querySelector<HTMLInputElement>(`#export-flag-${undecided} input`)?.focus();
      return;
    }
    setProblem(null);
    setStep({ kind: 'exporting', flags });
    try {
      const result = scope
        ? await api.exportTable(sessionId, scope, decisions)
        : await api.exportSession(sessionId, decisions);
      if (pack) {
        const made = await eventPackOf(result, (html) => api.reportToPdf(html));
        downloadBytes(made.name, made.bytes, 'application/zip');
        setStep({ kind: 'packed', name: made.name, boards: made.boards, notes: result.participantNotes });
        announce(`The event pack is downloading: ${result.participantNotes} notes and ${made.boards} board pictures.`);
        return;
      }
      downloadFile(result.files[0]);
      setStep({ kind: 'done', result });
      announce(`Exported ${result.participantNotes} notes. The JSON file is downloading.`);
    } catch (error) {
      setStep({ kind: 'review', flags });
      setProblem(`Nothing was exported: ${(error as Error).message}`);
    }
  }

  return (
    <ModalDialog
      title={pack ? 'Export event pack' : 'Export session'}
      subtitle={sessionName}
      onClose={onClose}
      className="export-dialog"
    >
      {step.kind === 'checking' && <p className="modal-text">Checking the notes for personal details…</p>}
      {step.kind === 'failed' && (
        <p className="form-failure" role="alert">
          {step.message}
        </p>
      )}
      {(step.kind === 'review' || step.kind === 'exporting') && (
        <>
          {step.flags.length === 0 ? (
            <p className="modal-text">
              The check found no NHS numbers, email addresses, phone numbers, postcodes or titled names in the notes.
            </p>
          ) : (
            <>
              <p className="modal-text">
                The check found {step.flags.length} possible personal detail{step.flags.length === 1 ? '' : 's'}. Redact
                replaces the highlighted part in the exported files only; the session keeps its notes as they are.
              </p>
              <div className="export-flags-tools">
                <button
                  type="button"
                  className="button"
                  onClick={() => setDecisions(Object.fromEntries(step.flags.map((f) => [f.id, 'redact'])))}
                >
                  Redact all
                </button>
              </div>
              <PiiReviewList
                flags={step.flags}
                decisions={decisions}
                onDecide={(id, d) => setDecisions((all) => ({ ...all, [id]: d }))}
              />
            </>
          )}
          {tables.length > 1 && (
            <div className="field">
              <label htmlFor={scopeId}>What to export</label>
              <select id={scopeId} value={scope} onChange={(e) => setScope(e.target.value as TableId | '')}>
                <option value="">The whole session</option>
                {tables.map((t) => (
                  <option key={t.id} value={t.id}>
                    Only {t.name} (to merge into the facilitator’s session)
                  </option>
                ))}
              </select>
            </div>
          )}
          <FormActions
            failure={problem}
            submitLabel={step.kind === 'exporting' ? 'Exporting…' : 'Export'}
            submitDisabled={step.kind === 'exporting'}
            onSubmit={() => void exportNow(step.flags)}
            onCancel={onClose}
          />
        </>
      )}
      {step.kind === 'done' && <ExportDone result={step.result} onClose={onClose} />}
      {step.kind === 'packed' && (
        <>
          <p className="modal-text" role="status">
            The event pack {step.name} is downloading: the export (JSON, CSVs, workbook), a picture of each of the{' '}
            {step.boards} boards and the printable report, with {step.notes} participant note
            {step.notes === 1 ? '' : 's'}.
          </p>
          <DoneButton onClose={onClose} />
        </>
      )}
    </ModalDialog>
  );
}

function ExportDone({ result, onClose }: { result: ExportResult; onClose(): void }) {
  const labels = ['Save JSON again', 'Save notes (CSV)', 'Save votes (CSV)', 'Save workbook (XLSX)'];
  return (
    <>
      <p className="modal-text" role="status">
        Exported {result.participantNotes} participant note{result.participantNotes === 1 ? '' : 's'}. The JSON file (
        {result.files[0].name}) is downloading. Save the spreadsheet files too:
      </p>
      <ul className="export-files">
        {result.files.map((file, i) => (
          <li key={file.name}>
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(file)}
              aria-describedby={`export-file-${i}`}
            >
              {labels[i]}
            </button>{' '}
            <span id={`export-file-${i}`} className="export-file-name">
              {file.name}
            </span>
          </li>
        ))}
      </ul>
      <p className="modal-text export-hash">Content hash: {result.contentHash}</p>
      <DoneButton onClose={onClose} />
    </>
  );
}

function DoneButton({ onClose }: { onClose(): void }) {
  return (
    <div className="form-actions">
      <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
        Done
      </button>
    </div>
  );
}
