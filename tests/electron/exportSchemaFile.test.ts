import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_DOC, SCHEMA_FILE, schemaText, withExample } from '../../scripts/lib/exportSchemaFiles';

// The published schema and the documented example are generated; this fails when either is
// stale. Fix: npx tsx scripts/export-schema.ts, then commit both files.
describe('published export schema and example', () => {
  it('resources/schema/roundtable-export.v1.schema.json matches the zod schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it('docs/EXPORT.md shows the example the fixture session exports to', () => {
    const doc = readFileSync(EXPORT_DOC, 'utf8');
    expect(doc).toBe(withExample(doc));
  });
});
