import { SESSION_SCHEMA_VERSION, SessionDocumentSchema, type SessionDocument } from '../../../shared/document/schema';

/**
 * What this build can show of a session file written by a newer Roundtable: the file with
 * the fields it does not know left out, if what remains is a valid session of this build's
 * format; else null. The result is only ever shown read-only: writing it back would lose
 * the newer fields, so the file is never written.
 */
export function readableViewOfNewerFile(file: Record<string, unknown>): SessionDocument | null {
  let candidate: unknown = JSON.parse(JSON.stringify({ ...file, schemaVersion: SESSION_SCHEMA_VERSION }));
  // Each pass removes the keys the schema names as unknown; a few passes reach the deepest.
  for (let pass = 0; pass < 8; pass++) {
    const parsed = SessionDocumentSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const unknown = parsed.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
    if (unknown.length === 0 || unknown.length !== parsed.error.issues.length) return null;
    for (const issue of unknown) {
      const owner = issue.path.reduce<unknown>(
        (at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey],
        candidate,
      );
      if (typeof owner !== 'object' || owner === null) return null;
      for (const key of issue.keys) delete (owner as Record<string, unknown>)[key];
    }
    candidate = { ...(candidate as object) };
  }
  return null;
}
