// How long a change waits, after the service acknowledged it, until it is in the file on
// disk (fsync included), with the app's real autosave settings, while a table keeps adding
// and editing notes without pause. The issue asks for "within about a second"; the kill
// test relies on it. Usage: npx tsx scripts/bench/durability.ts [runs=5] [seconds=10]
import { watch } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/services';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { newParticipantNote } from '../../shared/document/create';
import { operation } from '../../shared/operations/registry';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { summarise } from './stats';

const runs = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 10);
const ctx = { clientId: 'bench' };
const { templates } = await loadTemplateLibrary(path.join(import.meta.dirname, '..', '..', 'resources', 'templates'));
const medians: number[] = [];
const maxima: number[] = [];
const all: number[] = [];

for (let run = 0; run < runs; run++) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-durability-'));
  const service = createServices({
    dataDir,
    templates,
    appInfo: { version: 'bench', mode: 'browser', schemaVersion: 2 },
  });
  const doc = await service.createSession(ctx, {
    name: 'Durability benchmark',
    date: '',
    location: '',
    facilitator: '',
    shift: null,
  });
  const exercise = instantiateTemplate(
    doc,
    templates.find((t) => t.id === 'h2c.d2.ex1')!,
    new Date().toISOString(),
  );
  await service.applyOperation(ctx, doc.id, operation('addExercise', exercise));
  const boardId = exercise.boards[0].id;
  const file = path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`);

  const acked = new Map<number, number>(); // revision → when the service acknowledged it
  const samples: number[] = [];
  // Each time the file is replaced (the rename after its fsync), it says which revisions reached the disk.
  const watcher = watch(path.dirname(file), (_type, name) => {
    if (name !== path.basename(file)) return;
    const at = performance.now();
    void readFile(file, 'utf-8').then(
      (text) => {
        const onDisk = (JSON.parse(text) as { revision: number }).revision;
        for (const [revision, when] of acked) {
          if (revision > onDisk) continue;
          samples.push(at - when);
          acked.delete(revision);
        }
      },
      () => {},
    );
  });
  const until = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const op =
      i % 3 === 2
        ? operation('editNoteText', {
            noteId: Object.values((await service.openSession(ctx, doc.id)).notes).find((n) => n.kind === 'participant')!
              .id,
            text: `edit ${i}`,
          })
        : operation('addNotes', {
            notes: [
              newParticipantNote(boardId, `note ${i}`, { x: (i % 30) * 60, y: 1200 + i }, new Date().toISOString()),
            ],
          });
    const { revision } = await service.applyOperation(ctx, doc.id, op);
    acked.set(revision, performance.now());
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 25));
  }
  await service.flushAll();
  await new Promise((resolve) => setTimeout(resolve, 50));
  watcher.close();
  const s = summarise(samples);
  medians.push(s.median);
  maxima.push(s.max);
  all.push(...samples);
  console.log(
    `run ${run + 1}: ${s.runs} changes, acknowledged → on disk: median ${s.median} ms, p95 ${s.p95} ms, max ${s.max} ms`,
  );
  await rm(dataDir, { recursive: true, force: true });
}
console.log(
  JSON.stringify({
    benchmark: 'acknowledged change → on disk (fsync), continuous editing',
    runs,
    medianOfMedians: summarise(medians).median,
    medianOfMaxima: summarise(maxima).median,
    overall: summarise(all),
  }),
);
