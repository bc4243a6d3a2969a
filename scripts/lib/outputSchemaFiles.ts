import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { CodebookSchema, CodedNoteRowSchema, CrossTabCellSchema } from '../../shared/synthesis/outputs/schema';

// The synthesis outputs' published JSON Schemas, made from the zod schemas in
// shared/synthesis/outputs/schema.ts: the codebook (its JSON file), a coded note (a row of the
// coded notes CSV and Parquet file) and a cross-tab cell (a row of the cross-tabs CSV).
// scripts/export-schema.ts writes them; tests/electron/services/synthesis/outputFiles.test.ts
// fails when the committed ones are out of date.

const file = (name: string) => fileURLToPath(new URL(`../../resources/schema/${name}`, import.meta.url));

export const OUTPUT_SCHEMAS = [
  {
    file: file('roundtable-codebook.v1.schema.json'),
    schema: CodebookSchema,
    title: 'Roundtable synthesis codebook, version 1',
  },
  {
    file: file('roundtable-coded-notes.v1.schema.json'),
    schema: CodedNoteRowSchema,
    title: 'Roundtable synthesis coded note (a row of the coded notes CSV or Parquet file), version 1',
  },
  {
    file: file('roundtable-cross-tabs.v1.schema.json'),
    schema: CrossTabCellSchema,
    title: 'Roundtable synthesis cross-tab cell (a row of the cross-tabs CSV), version 1',
  },
];

export function outputSchemaText(entry: (typeof OUTPUT_SCHEMAS)[number]): string {
  const schema = z.toJSONSchema(entry.schema, { target: 'draft-2020-12', io: 'output' });
  const name = entry.file.split('/').pop()!;
  const published = {
    ...schema,
    $id: `https://roundtable.invalid/schema/${name}`,
    title: entry.title,
    description: 'Generated from shared/synthesis/outputs/schema.ts by scripts/export-schema.ts; see docs/EXPORT.md.',
  };
  return JSON.stringify(published, null, 2) + '\n';
}
