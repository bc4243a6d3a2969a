import { useId, useMemo, useRef, useState } from 'react';
import { shareableSynthesis, type ShareableSynthesis, type ShownRow } from '../../../shared/synthesis/shareable';
import { announce } from '../a11y/announcer';
import { downloadBytes } from '../export/download';
import { useWorkbench } from '../hooks/workbenchContext';
import { mergedDataZip } from './mergedData';
import { PiiReview } from './PiiReview';
import { ProjectPanel } from './ProjectPanel';
import { ReviewWorkspace } from './ReviewWorkspace';
import { SynthesisQuestion } from './SynthesisQuestion';
import { synthesisWorkspace, useSynthesisState, type SynthesisProgress } from './synthesisStore';
import './synthesis.css';

function CountTable({ caption, rows }: { caption: string; rows: readonly ShownRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table className="synthesis-counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code || r.label}>
            <th scope="row">{r.label}</th>
            <td>{String(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Totals({ synthesis }: { synthesis: ShareableSynthesis }) {
  const t = synthesis.totals;
  const items: [string, number | string][] = [
    ['Events', t.events],
    ['Sessions', t.sessions],
    ['Tables', t.tables],
    ['Staff notes', t.notesByAudience.staff],
    ['Public notes', t.notesByAudience.public],
    ['Dots', t.dots],
    ['Ratings', t.ratings],
  ];
  return (
    <dl className="synthesis-totals">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          {/* Events, sessions and tables are not people: the counts after them are as the shareable files give them. */}
          <dd>{typeof value === 'number' ? value.toLocaleString('en-GB') : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The organiser's workspace: exports from many events in (files or a whole folder), what
 * staff have told us out: totals, themes per question with their quotes, counts, votes and
 * ratings, staff and public apart, every count under 5 shown as "<5"; and the merged files.
 */
export function SynthesisWorkspace() {
  const workbench = useWorkbench();
  const { view, progress, problem, skipped, project } = useSynthesisState();
  const [projectName, setProjectName] = useState('');
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const filesId = useId();
  const folderId = useId();
  const synthesis = view?.synthesis;
  // The figures as the shareable files give them, never the exact internal ones.
  const shared = useMemo(() => (synthesis ? shareableSynthesis(synthesis) : undefined), [synthesis]);
  const bad = [...skipped, ...(view?.files.filter((f) => f.outcome === 'bad') ?? [])];
  const duplicates = view?.files.filter((f) => f.outcome === 'duplicate').length ?? 0;

  async function add(list: FileList | null) {
    if (!list || list.length === 0) return;
    const sent = await synthesisWorkspace.addFiles(workbench.api, [...list], projectName);
    announce(`Read ${sent} file${sent === 1 ? '' : 's'}.`);
    if (filesInput.current) filesInput.current.value = '';
    if (folderInput.current) folderInput.current.value = '';
  }

  async function exportAll() {
    // A project's files are made from its coding as reviewed, with its audit log.
    let files;
    try {
      files = project ? await workbench.api.exportSynthesisProject(project.id) : await workbench.api.exportSynthesis();
    } catch (error) {
      synthesisWorkspace.fail(exportFailure(error, project?.name));
      return;
    }
    const zip = mergedDataZip(files, project?.name ?? 'synthesis', new Date().toISOString().slice(0, 10));
    downloadBytes(zip.name, zip.bytes, 'application/zip');
    announce(
      `Downloading ${zip.name}: ${files.length} files, the report, the workbook, the codebook, the coded notes (CSV and Parquet), the cross-tabs, the CSVs and the JSON.`,
    );
  }

  return (
    <main className="editor-area synthesis-workspace" aria-labelledby="synthesis-title">
      <div className="synthesis-scroll">
        <h2 id="synthesis-title">Synthesis: what staff have told us so far</h2>
        <p className="synthesis-muted">
          Add the exports of many events (their .roundtable-export.json files, or a folder of them) to a project. Every
          file is checked; nothing leaves this computer.
        </p>
        <ProjectPanel name={projectName} onName={setProjectName} />
        <div className="synthesis-actions">
          <label htmlFor={filesId} className="button">
            Add export files…
          </label>
          <input
            id={filesId}
            ref={filesInput}
            className="synthesis-file-input"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => void add(e.target.files)}
          />
          <label htmlFor={folderId} className="button">
            Add a folder…
          </label>
          <input
            id={folderId}
            ref={folderInput}
            className="synthesis-file-input"
            type="file"
            {...({ webkitdirectory: '' } as object)}
            onChange={(e) => void add(e.target.files)}
          />
          <button
            type="button"
            className="button button-primary"
            disabled={!synthesis || synthesis.totals.sessions === 0}
            onClick={() => void exportAll()}
          >
            Export merged data
          </button>
        </div>
        {progress && (
          <div className="synthesis-progress">
            {progress.coding && progress.services && progress.services.done < progress.services.total ? (
              <progress
                max={progress.services.total}
                value={progress.services.done}
                aria-label="Finding the themes of the new notes"
                aria-valuetext={`${filesBeingCoded(progress)}: ${servicesStep(progress)}`}
              />
            ) : progress.coding ? (
              // Comparing the notes takes a time not known in advance: the bar runs without a value.
              <progress aria-label="Finding the themes of the new notes" aria-valuetext={filesBeingCoded(progress)} />
            ) : (
              <progress max={progress.total} value={progress.done} aria-label="Reading export files" />
            )}
            <span role="status">
              {progress.coding
                ? `Finding the themes of the notes of ${filesBeingCoded(progress).toLowerCase()}: ${servicesStep(progress)}`
                : `${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')} files added`}
            </span>
          </div>
        )}
        {problem && (
          <p className="form-failure" role="alert">
            {problem}
          </p>
        )}
        {bad.length > 0 && (
          <section aria-label="Files not used" className="synthesis-bad">
            <h3>
              {bad.length} file{bad.length === 1 ? '' : 's'} not used
            </h3>
            <ul>
              {bad.map((f, i) => (
                <li key={`${f.name}-${i}`}>{f.message}</li>
              ))}
            </ul>
          </section>
        )}
        {synthesis && shared && synthesis.totals.sessions > 0 && (
          <>
            <Totals synthesis={shared} />
            {duplicates > 0 && (
              <p className="synthesis-muted">
                {duplicates} file{duplicates === 1 ? ' was' : 's were'} skipped: everything in{' '}
                {duplicates === 1 ? 'it' : 'them'} had already been read from another file.
              </p>
            )}
            {synthesis.folded.length > 0 && (
              <p className="synthesis-muted">
                {synthesis.totals.recordsFolded} notes, groups, tables and vote counts arrived in more than one file and
                were counted once:{' '}
                {synthesis.folded.map((f) => `${f.source} (already in ${f.alreadyIn.join(', ')})`).join('; ')}.
              </p>
            )}
            {view && <PiiReview items={view.piiReview} />}
            <p className="synthesis-muted">
              The figures are those of the shareable files: counts from 1 to 4 are shown as “&lt;5”, and “[c]” is
              withheld so that a “&lt;5” cannot be worked out from the figures beside it.
            </p>
            <ReviewWorkspace titles={new Map(synthesis.questions.map((q) => [q.templateId, q.title]))} />
            {shared.questions.map((q) => (
              <SynthesisQuestion key={q.templateId} question={q} />
            ))}
            <section aria-label="Who took part" className="synthesis-question">
              <h3>Who took part</h3>
              <div className="synthesis-count-grid">
                <CountTable caption="Staff group" rows={shared.counts.staffGroup} />
                <CountTable caption="Sector" rows={shared.counts.sector} />
                <CountTable caption="Shift" rows={shared.counts.shift} />
                <CountTable caption="Exercise" rows={shared.counts.template} />
                <CountTable caption="Table" rows={shared.counts.table} />
              </div>
            </section>
          </>
        )}
      </div>
    </main>
  );
}

/** "Files 1 to 40 of 40" (or "File 3 of 3"): the files whose notes are being themed. */
function filesBeingCoded(progress: { done: number; total: number; batch: number }): string {
  const first = progress.done + 1;
  const last = progress.done + progress.batch;
  const of = progress.total.toLocaleString('en-GB');
  return first === last
    ? `File ${first.toLocaleString('en-GB')} of ${of}`
    : `Files ${first.toLocaleString('en-GB')} to ${last.toLocaleString('en-GB')} of ${of}`;
}

/** What the services are doing with the files sent, as far as they have told it. */
function servicesStep({ services }: SynthesisProgress): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  if (!services) return 'checking the files…';
  if (services.stage === 'reading') return `${n(services.done)} of ${n(services.total)} files checked…`;
  if (services.done < services.total)
    return `the sentence model has read ${n(services.done)} of ${n(services.total)} new notes and headings…`;
  return 'comparing the notes to find their themes…';
}

/** Why the merged data was not exported, and what to do; the project itself is unchanged. */
export function exportFailure(error: unknown, projectName?: string): string {
  const what = projectName ? `The project “${projectName}”` : 'The workspace';
  return `The merged data was not exported: ${(error as Error).message} ${what} is unchanged: every decision saved so far is kept. Fix that, then choose “Export merged data” again.`;
}
