import type { ProjectReview } from '../../../shared/synthesisProject/view';
import { downloadFile } from '../export/download';
import { announce } from '../a11y/announcer';
import { review } from './reviewStore';

/** The review's newest decisions, newest first (what, when, by whom), and the whole log as a CSV file. */
export function AuditLog({ project }: { project: ProjectReview }) {
  const entries = [...project.audit].reverse();
  const older = project.auditEntries - project.audit.length;
  return (
    <details className="review-audit">
      <summary>Audit log ({project.auditEntries} entries)</summary>
      <button
        type="button"
        className="button"
        onClick={() =>
          void review.auditLog().then((file) => {
            if (!file) return;
            downloadFile(file);
            announce('Downloading the audit log.');
          })
        }
      >
        Export audit log (CSV)
      </button>
      {older > 0 && (
        <p className="synthesis-muted">
          The {project.audit.length} newest are shown; the {older} older ones are in the exported log.
        </p>
      )}
      <table className="synthesis-counts">
        <caption>Audit log</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">By</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={`${e.at}-${i}`}>
              <td>{new Date(e.at).toLocaleString('en-GB')}</td>
              <td>{e.by || 'Not named'}</td>
              <td>{e.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
