import { z } from 'zod';
import { SessionIdSchema, TableIdSchema } from '../../idSchemas';
import { EXPORT_FILE_LIMITS } from '../../import/parseExport';
import type { TableMerge } from '../../import/tableMerge';
import type { SessionSummary } from '../../document/create';
import { PiiReviewSchema } from '../../export/reviewSchema';
import type { PiiFlag } from '../../export/review';
import type { ExportResult } from '../../export/files';
import { method, returns } from '../define';

/** A file's name as the user chose it. */
export const importFileName = z.string().min(1).max(260);
/** An export file's text; the import checks its size and shape itself, with messages that name the file. */
export const importText = z.string().max(EXPORT_FILE_LIMITS.bytes);

/** A session's export (with the PII check first), and importing one or merging one table's. */
export const EXCHANGE_METHODS = {
  /** The PII check on a session's notes now: each flag for the facilitator to redact or keep before exporting. */
  checkExportPii: method({ args: z.tuple([SessionIdSchema]), result: returns<PiiFlag[]>() }),
  /** The session's export (JSON, notes.csv, votes.csv) with the review applied to the copy only; null: no check ran. */
  exportSession: method({
    args: z.tuple([SessionIdSchema, PiiReviewSchema.nullable()]),
    result: returns<ExportResult>(),
  }),
  /** One table's part of the session (its boards and everything on them), for merging on the facilitator's laptop. */
  exportTable: method({
    args: z.tuple([SessionIdSchema, TableIdSchema, PiiReviewSchema.nullable()]),
    result: returns<ExportResult>(),
  }),
  /** A session export (the .roundtable-export.json) added as a new session, checked in full first; a bad file changes nothing. */
  importSessionExport: method({
    args: z.tuple([importFileName, importText]),
    result: returns<SessionSummary>(),
    carriesFileText: true,
  }),
  /**
   * A table's export from another laptop, checked in full against this session, as the one
   * `addTable` operation that merges it (ids kept); the window applies it, so Undo takes it back.
   * A table already merged is refused.
   */
  planTableMerge: method({
    args: z.tuple([SessionIdSchema, importFileName, importText]),
    result: returns<TableMerge>(),
    carriesFileText: true,
  }),
};
