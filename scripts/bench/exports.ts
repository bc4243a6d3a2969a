// Export of a 10,000-note session (clusters, links and votes included), as the services do
// it: the PII check, the JSON (built, hashed, checked against its schema, serialised), the
// two CSVs and the workbook. Usage: npx tsx scripts/bench/exports.ts [notes=10000] [runs=7]
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentHashOf } from '../../electron/services/export/exportService';
import { workbookFile } from '../../electron/services/export/exportWorkbook';
import type { SessionDocument } from '../../shared/document/schema';
import { buildExport } from '../../shared/export/build';
import { notesCsv, votesCsv } from '../../shared/export/csv';
import { piiFlagsOf } from '../../shared/export/review';
import { ExportSchema } from '../../shared/export/schema';
import { writeSessionOfSize } from './board/sessionOfSize';
import { summarise } from './stats';

const notes = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 7);
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-bench-'));
await writeSessionOfSize(dataDir, notes);
const [file] = await readdir(path.join(dataDir, 'sessions'));
const doc = JSON.parse(await readFile(path.join(dataDir, 'sessions', file), 'utf8')) as SessionDocument;

const times = { piiCheck: [] as number[], json: [] as number[], csv: [] as number[], xlsx: [] as number[] };
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  piiFlagsOf(doc);
  times.piiCheck.push(performance.now() - t);
  t = performance.now();
  const unhashed = buildExport(doc, { appVersion: 'bench', exportedAt: new Date().toISOString(), pii: null });
  const data = ExportSchema.parse({ ...unhashed, contentHash: contentHashOf(unhashed) });
  const json = JSON.stringify(data, null, 2);
  times.json.push(performance.now() - t);
  t = performance.now();
  const csv = notesCsv(data).length + votesCsv(data).length;
  times.csv.push(performance.now() - t);
  t = performance.now();
  await workbookFile(data);
  times.xlsx.push(performance.now() - t);
  if (json.length === 0 || csv === 0) throw new Error('The export came out empty.');
}
await rm(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    benchmark: `export of ${notes} notes`,
    piiCheckMs: summarise(times.piiCheck),
    jsonMs: summarise(times.json),
    csvMs: summarise(times.csv),
    xlsxMs: summarise(times.xlsx),
  }),
);
