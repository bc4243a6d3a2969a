import { auditCsv, auditFileName } from '../../../shared/synthesisProject/audit';
import type { SynthesisProject } from '../../../shared/synthesisProject/schema';
import { downloadBytes } from '../export/download';
import { announce } from '../a11y/announcer';

/** Every decision of the review, newest first (what, when, by whom), and the log as a CSV file. */
export function AuditLog({ project }: { project: SynthesisProject }) {
  const entries = [...project.audit].reverse();
  return (
    <details className="review-audit">
      <summary>Audit log ({project.audit.length} entries)</summary>
      <button
        type="button"
        className="button"
        onClick={() => {
          downloadBytes(auditFileName(project), new TextEncoder().encode(auditCsv(project)), 'text/csv;charset=utf-8');
          announce('Downloading the audit log.');
        }}
      >
        Export audit log (CSV)
      </button>
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
