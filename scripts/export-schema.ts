// The one command that writes the export format's published files:
// resources/schema/roundtable-export.v1.schema.json from the zod schema, and the full example
// in docs/EXPORT.md from the fixture session (both made by scripts/lib/exportSchemaFiles.ts).
// Run after changing the export format:
//   npx tsx scripts/export-schema.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { EXPORT_DOC, SCHEMA_FILE, schemaText, withExample } from './lib/exportSchemaFiles';

writeFileSync(SCHEMA_FILE, schemaText());
writeFileSync(EXPORT_DOC, withExample(readFileSync(EXPORT_DOC, 'utf8')));
console.log(`Wrote ${SCHEMA_FILE} and the example in ${EXPORT_DOC}`);
