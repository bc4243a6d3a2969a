import { toCsv } from '../export/csv';
import type { AuditEntry, SynthesisProject } from './schema';

/** One audit log entry: what was decided, when, and by whom (the name typed in the workspace). */
export function auditEntry(at: string, by: string, action: string, summary: string): AuditEntry {
  return { at, by, action, summary: summary.slice(0, 2_000) };
}

export const AUDIT_CSV_HEADER = ['when', 'by', 'action', 'decision'] as const;

/** The audit log as CSV (RFC 4180, safe from formula injection), oldest decision first. */
export function auditCsv(project: SynthesisProject): string {
  return toCsv(
    AUDIT_CSV_HEADER,
    project.audit.map((e) => [e.at, e.by, e.action, e.summary]),
  );
}

/** The file name the audit log is exported under, e.g. "staff-survey-audit-log.csv". */
export function auditFileName(project: SynthesisProject): string {
  const slug = project.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'synthesis'}-audit-log.csv`;
}
