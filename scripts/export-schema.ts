// The one command that writes the export format's published files:
// resources/schema/roundtable-export.v1.schema.json from the zod schema, the synthesis outputs'
// schemas (codebook, coded notes, cross-tabs) beside it, and the full example
// docs/export-example.json from the fixture session (both made by scripts/lib/exportSchemaFiles.ts).
// Run after changing the export format:
//   npx tsx scripts/export-schema.ts
import { writeFileSync } from 'node:fs';
import { EXAMPLE_FILE, exampleJson, SCHEMA_FILE, schemaText } from './lib/exportSchemaFiles';
import { OUTPUT_SCHEMAS, outputSchemaText } from './lib/outputSchemaFiles';

writeFileSync(SCHEMA_FILE, schemaText());
writeFileSync(EXAMPLE_FILE, exampleJson());
for (const entry of OUTPUT_SCHEMAS) writeFileSync(entry.file, outputSchemaText(entry));
console.log(`Wrote the synthesis outputs' schemas (${OUTPUT_SCHEMAS.map((e) => e.file).join(', ')})`);
console.log(`Wrote ${SCHEMA_FILE} and the example ${EXAMPLE_FILE}`);
