import { hashProblem, parseExportText } from '../../../shared/import/parseExport';
import type { SessionExport } from '../../../shared/export/schema';
import { fail, type Result } from '../../../shared/result';
import { contentHashOf } from '../export/exportService';

/** An export's text checked in full, as every import and the synthesis check it: limits, schema, references, then its content hash. */
export function checkedExportText(text: string, source: string): Result<SessionExport> {
  const parsed = parseExportText(text, source);
  if (!parsed.ok) return parsed;
  const { contentHash: _hash, ...unhashed } = parsed.value;
  const problem = hashProblem(parsed.value, contentHashOf(unhashed), source);
  return problem ? fail('invalid-input', problem) : parsed;
}
