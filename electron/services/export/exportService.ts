import { createHash } from 'node:crypto';
import type { SessionDocument } from '../../../shared/document/schema';
import { buildExport } from '../../../shared/export/build';
import { canonicalJson } from '../../../shared/export/canonicalJson';
import { exportFiles, type ExportResult } from '../../../shared/export/files';
import { applyReview, piiFlagsOf, type PiiReview } from '../../../shared/export/review';
import { ExportSchema, type SessionExport, type UnhashedExport } from '../../../shared/export/schema';
import { ApiError } from '../../../shared/result';
import { workbookFile } from './exportWorkbook';
import { tableOnly } from '../../../shared/export/tableScope';
import type { TableId } from '../../../shared/ids';

/** `sha256:<hex>` of the canonical JSON of the export without its hash: what `contentHash` holds. */
export function contentHashOf(data: UnhashedExport): string {
  return `sha256:${createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex')}`;
}

type ExportOptions = {
  appVersion: string;
  now: Date;
  review: PiiReview | null;
  /** Export only this table's part of the session (for merging on the facilitator's laptop). */
  tableId?: TableId | null;
};

/** The export of a session as it is now, with the facilitator's PII review applied (null: no check ran), checked against its schema. */
export function checkedExport(whole: SessionDocument, options: ExportOptions): SessionExport {
  let doc = whole;
  if (options.tableId) {
    const cut = tableOnly(whole, options.tableId);
    if (!cut.ok) throw new ApiError(cut.error);
    doc = cut.value;
  }
  let pii = null;
  if (options.review) {
    const outcome = applyReview(piiFlagsOf(doc), options.review);
    if (!outcome.ok) throw new ApiError(outcome.error);
    pii = { checkedAt: options.now.toISOString(), outcome: outcome.value };
  }
  const built = buildExport(doc, { appVersion: options.appVersion, exportedAt: options.now.toISOString(), pii });
  const unhashed: UnhashedExport = options.tableId
    ? { ...built, scope: { kind: 'table', tableId: options.tableId } }
    : built;
  const data: SessionExport = { ...unhashed, contentHash: contentHashOf(unhashed) };
  // A session that passed its own schema always makes a valid export; if not, that is our bug, said plainly.
  const checked = ExportSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ApiError({
      code: 'internal',
      message: `The export came out invalid at ${issue.path.join('.')}: ${issue.message}. Please report this with Help › Copy diagnostics.`,
    });
  }
  return data;
}

/** The JSON export and its CSVs. */
export function exportSessionDocument(doc: SessionDocument, options: ExportOptions): ExportResult {
  const data = checkedExport(doc, options);
  return {
    files: exportFiles(data),
    contentHash: data.contentHash,
    participantNotes: data.notes.filter((n) => n.countsAsInput).length,
  };
}

/** Everything the app offers: the JSON, the CSVs and the workbook. */
export async function exportSessionWithWorkbook(doc: SessionDocument, options: ExportOptions): Promise<ExportResult> {
  const data = checkedExport(doc, options);
  const files = [...exportFiles(data), await workbookFile(data)];
  return { files, contentHash: data.contentHash, participantNotes: data.notes.filter((n) => n.countsAsInput).length };
}
