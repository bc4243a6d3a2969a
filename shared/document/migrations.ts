import { fail, ok, type Result } from '../result';
import { findDangerousKey, parseWith } from '../validation';
import { SESSION_FILE_TYPE, SESSION_SCHEMA_VERSION, SessionDocumentSchema, type SessionDocument } from './schema';

/** One numbered step that turns a version-`from` session file into version `from + 1`. */
export interface SessionMigration {
  from: number;
  name: string;
  up(file: Record<string, unknown>): Record<string, unknown>;
}

type Records = Record<string, Record<string, unknown>>;

/** Each record of a keyed collection with `defaults` filled in where the record lacks them. */
function withDefaults(records: unknown, defaults: Record<string, unknown>): Records {
  if (typeof records !== 'object' || records === null) return records as Records;
  return Object.fromEntries(Object.entries(records as Records).map(([id, rec]) => [id, { ...defaults, ...rec }]));
}

/**
 * Every migration, in order, each with a fixture of the version it reads in tests/fixtures.
 * A migration only fills in what the older format lacked; validation follows it.
 */
export const SESSION_MIGRATIONS: readonly SessionMigration[] = [
  {
    from: 1,
    name: 'Clusters, links and votes; table mix; note details; board lock and voting; the facilitator’s place and timer',
    up: (file) => ({
      ...file,
      facilitation: { currentExerciseId: null, timer: { durationSeconds: 0, runningSince: null, elapsedSeconds: 0 } },
      tables: withDefaults(file.tables, { mix: { staffGroups: {}, sectors: {} } }),
      exercises: withDefaults(file.exercises, { plannedMinutes: null, voting: null, tags: [] }),
      boards: withDefaults(file.boards, { locked: false, voting: 'closed' }),
      notes: withDefaults(file.notes, { isQuote: false, severity: null, tag: null, clusterId: null }),
      clusters: {},
      links: {},
      votes: {},
    }),
  },
];

/** True when the migrations run 1 → 2 → … → current with no gap or repeat. */
export function migrationsAreInOrder(migrations: readonly SessionMigration[] = SESSION_MIGRATIONS): boolean {
  return migrations.every((m, i) => m.from === i + 1) && migrations.length === SESSION_SCHEMA_VERSION - 1;
}

export interface LoadedSession {
  doc: SessionDocument;
  /** The version the file was written in, when it was older than this build's. */
  migratedFrom: number | null;
}

/**
 * Reads a parsed session file of any version this build knows: checks what it is, runs
 * the migrations it needs, then validates it. Never throws; a bad file is an error value.
 */
export function loadSessionDocument(file: unknown, what = 'The session file'): Result<LoadedSession> {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return fail('invalid-input', `${what} does not hold a Roundtable session (it is not a JSON object).`);
  }
  const dangerous = findDangerousKey(file);
  if (dangerous)
    return fail('invalid-input', `${what} is not valid: ${dangerous.join(' › ')}: a key that is not allowed.`);
  const record = file as Record<string, unknown>;
  if (record.type !== SESSION_FILE_TYPE) {
    return fail(
      'invalid-input',
      `${what} is not a Roundtable session (its "type" is ${JSON.stringify(record.type ?? null)}).`,
    );
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid-input', `${what} has no valid "schemaVersion".`);
  }
  if (version > SESSION_SCHEMA_VERSION) {
    return fail(
      'unsupported-version',
      `${what} was written by a newer Roundtable (format ${version}; this one reads up to ${SESSION_SCHEMA_VERSION}). Update Roundtable to open it.`,
    );
  }
  let current = record;
  for (const migration of SESSION_MIGRATIONS.slice(version - 1)) {
    current = { ...migration.up(current), schemaVersion: migration.from + 1 };
  }
  const parsed = parseWith(SessionDocumentSchema, current, what);
  if (!parsed.ok) return parsed;
  return ok({ doc: parsed.value, migratedFrom: version < SESSION_SCHEMA_VERSION ? version : null });
}
