import { fail, ok, type Result } from '../result';
import { findDangerousKey, parseWith } from '../validation';
import {
  SYNTHESIS_PROJECT_SCHEMA_VERSION,
  SYNTHESIS_PROJECT_TYPE,
  SynthesisProjectSchema,
  type SynthesisProject,
} from './schema';

/** One numbered step that turns a version-`from` project file into version `from + 1`. */
export interface SynthesisProjectMigration {
  from: number;
  name: string;
  up(file: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every migration, in order. Version 1 is the first format, so there are none yet; the next
 * format adds its step here (filling in only what the older file lacked) with a fixture of
 * the version it reads.
 */
export const SYNTHESIS_PROJECT_MIGRATIONS: readonly SynthesisProjectMigration[] = [];

/** True when the migrations run 1 → 2 → … → current with no gap or repeat. */
export function projectMigrationsAreInOrder(
  migrations: readonly SynthesisProjectMigration[] = SYNTHESIS_PROJECT_MIGRATIONS,
): boolean {
  return migrations.every((m, i) => m.from === i + 1) && migrations.length === SYNTHESIS_PROJECT_SCHEMA_VERSION - 1;
}

export interface LoadedSynthesisProject {
  project: SynthesisProject;
  /** The version the file was written in, when it was older than this build's. */
  migratedFrom: number | null;
}

/**
 * Reads a parsed synthesis project file of any version this build knows: checks what it is,
 * runs the migrations it needs, then validates it. Never throws; a bad file is an error value,
 * and the file itself is left as it was.
 */
export function loadSynthesisProject(
  file: unknown,
  what = 'The synthesis project file',
  migrations: readonly SynthesisProjectMigration[] = SYNTHESIS_PROJECT_MIGRATIONS,
): Result<LoadedSynthesisProject> {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return fail('invalid-input', `${what} does not hold a Roundtable synthesis project (it is not a JSON object).`);
  }
  const dangerous = findDangerousKey(file);
  if (dangerous)
    return fail('invalid-input', `${what} is not valid: ${dangerous.join(' › ')}: a key that is not allowed.`);
  const record = file as Record<string, unknown>;
  if (record.type !== SYNTHESIS_PROJECT_TYPE) {
    return fail(
      'invalid-input',
      `${what} is not a Roundtable synthesis project (its "type" is ${JSON.stringify(record.type ?? null)}, ` +
        `not "${SYNTHESIS_PROJECT_TYPE}").`,
    );
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid-input', `${what} has no valid "schemaVersion".`);
  }
  if (version > SYNTHESIS_PROJECT_SCHEMA_VERSION) {
    return fail(
      'unsupported-version',
      `${what} was written by a newer Roundtable (synthesis project format ${version}; this one reads up to ` +
        `${SYNTHESIS_PROJECT_SCHEMA_VERSION}). Update Roundtable to open it; the file has not been changed.`,
    );
  }
  let current = record;
  for (const migration of migrations.slice(version - 1)) {
    current = { ...migration.up(current), schemaVersion: migration.from + 1 };
  }
  const parsed = parseWith(SynthesisProjectSchema, current, what);
  if (!parsed.ok) return parsed;
  return ok({
    project: parsed.value as SynthesisProject,
    migratedFrom: version < SYNTHESIS_PROJECT_SCHEMA_VERSION ? version : null,
  });
}
