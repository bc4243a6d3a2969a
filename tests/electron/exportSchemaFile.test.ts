import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILE, exampleJson, SCHEMA_FILE, schemaText } from '../../scripts/lib/exportSchemaFiles';

// The published schema and the documented example are generated; this fails when either is
// stale. Fix: npx tsx scripts/export-schema.ts, then commit both files.
describe('published export schema and example', () => {
  it('resources/schema/roundtable-export.v1.schema.json matches the zod schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('docs/export-example.json is the export the fixture session makes', () => {
    expect(readFileSync(EXAMPLE_FILE, 'utf8')).toBe(exampleJson());
  });
});
