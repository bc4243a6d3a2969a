import { parseJsonInput, type InputLimits } from '../inputLimits';
import { EXPORT_SCHEMA_VERSION, EXPORT_TYPE, ExportSchema, type SessionExport } from '../export/schema';
import { fail, ok, type Result } from '../result';
import { figuresProblem } from './figures';
import { integrityProblem } from './integrity';

// Reading an export file that came from outside: another laptop, an email, a shared drive.
// Nothing in it is trusted. Each check says what is wrong, where, and what to do; the first
// problem found is the one reported.

/** Limits for one export file: a big event's export is a few MB; these leave room and stop abuse. */
export const EXPORT_FILE_LIMITS: InputLimits = {
  bytes: 16 * 1024 * 1024,
  depth: 12,
  values: 2_000_000,
  stringLength: 20_000,
  entries: 60_000,
};

function describePath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join(' › ') : 'the top level';
}

/**
 * An export file's JSON checked against export format v1 and for references that hold
 * together. `source` names the file in messages. Never throws. The content hash is checked
 * by the caller (it needs sha256): see `hashProblem`.
 */
export function parseExportText(text: string, source: string): Result<SessionExport> {
  const what = `"${source}"`;
  const parsed = parseJsonInput(text, EXPORT_FILE_LIMITS, what);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      'invalid-input',
      `${what} is not a Roundtable export: it holds no JSON object. Choose a file ending .roundtable-export.json.`,
    );
  }
  const record = value as Record<string, unknown>;
  if (record.type !== EXPORT_TYPE) {
    const hint =
      record.type === 'roundtable.session'
        ? ' It is a session file: open it by double-clicking it (or open it with Roundtable) instead.'
        : ' Choose a file ending .roundtable-export.json.';
    return fail(
      'invalid-input',
      `${what} is not a Roundtable export (its "type" is ${JSON.stringify(record.type ?? null)}, not "${EXPORT_TYPE}").${hint}`,
    );
  }
  if (typeof record.schemaVersion === 'number' && record.schemaVersion > EXPORT_SCHEMA_VERSION) {
    return fail(
      'unsupported-version',
      `${what} was made by a newer Roundtable (export format ${record.schemaVersion}; this one reads up to ${EXPORT_SCHEMA_VERSION}). Update Roundtable to read it.`,
    );
  }
  const checked = ExportSchema.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail(
      'invalid-input',
      `${what} is not a valid export at ${describePath(issue.path)}: ${issue.message}. The file may have been edited by hand or damaged; export it again from Roundtable.`,
    );
  }
  const broken = integrityProblem(checked.data);
  if (broken)
    return fail('invalid-input', `${what} does not hold together: ${broken} Export it again from Roundtable.`);
  const lie = figuresProblem(checked.data);
  if (lie)
    return fail(
      'invalid-input',
      `${what} states figures its own records do not give, so none of its figures can be trusted: ${lie} Ask for the original file, or export it again from Roundtable.`,
    );
  return ok(checked.data);
}

/** The message for an export whose content hash does not match its content, or null when it matches. */
export function hashProblem(data: SessionExport, actualHash: string, source: string): string | null {
  if (data.contentHash === actualHash) return null;
  return `"${source}" was changed after it was exported (its content hash does not match), so its figures cannot be trusted. Ask for the original file, or export it again from Roundtable.`;
}
