// Writes resources/schema/roundtable-export.v1.schema.json from the zod schema, and the full
// example in docs/EXPORT.md from the fixture session. Run after changing the export format:
//   npx tsx scripts/export-schema.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { EXPORT_DOC, SCHEMA_FILE, schemaText, withExample } from './exportSchema';

writeFileSync(SCHEMA_FILE, schemaText());
writeFileSync(EXPORT_DOC, withExample(readFileSync(EXPORT_DOC, 'utf8')));
console.log(`Wrote ${SCHEMA_FILE} and the example in ${EXPORT_DOC}`);
