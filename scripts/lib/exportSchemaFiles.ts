import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { ExportSchema } from '../../shared/export/schema';
import { exportSessionDocument } from '../../electron/services/export/exportService';
import { piiFlagsOf } from '../../shared/export/review';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../tests/fixtures/exportSession';

// The export format's published files, made from the code: the JSON Schema and the full
// example, docs/export-example.json. scripts/export-schema.ts (the one command) writes them;
// tests/electron/exportSchemaFile.test.ts fails when the committed ones are out of date.

export const SCHEMA_FILE = fileURLToPath(
  new URL('../../resources/schema/roundtable-export.v1.schema.json', import.meta.url),
);
export const EXAMPLE_FILE = fileURLToPath(new URL('../../docs/export-example.json', import.meta.url));

export function schemaText(): string {
  const schema = z.toJSONSchema(ExportSchema, { target: 'draft-2020-12', io: 'output' });
  const published = {
    ...schema,
    $id: 'https://roundtable.invalid/schema/roundtable-export.v1.schema.json',
    title: 'Roundtable session export, version 1',
    description: 'Generated from shared/export/schema.ts by scripts/export-schema.ts; see docs/EXPORT.md.',
  };
  return JSON.stringify(published, null, 2) + '\n';
}

/** The fixture session exported with its PII flags (there are none) reviewed: the JSON as a user gets it. */
export function exampleJson(): string {
  const doc = exportFixtureSession();
  const review = Object.fromEntries(piiFlagsOf(doc).map((f) => [f.id, 'keep' as const]));
  return exportSessionDocument(doc, { ...FIXTURE_EXPORT, review }).files[0].content;
}
