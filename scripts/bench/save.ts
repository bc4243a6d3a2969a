// How long the store takes to save a session of N notes to disk, fsync included, through
// the real service and file adapter. Usage: npx tsx scripts/bench/save.ts [notes=1000] [runs=15]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/services';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { newParticipantNote } from '../../shared/document/create';
import { operation } from '../../shared/operations/registry';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import type { ApiEvent } from '../../shared/api/contract';
import { summarise } from './stats';

const notes = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 15);
const ctx = { clientId: 'bench' };

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-bench-'));
const { templates } = await loadTemplateLibrary(path.join(import.meta.dirname, '..', '..', 'resources', 'templates'));
const service = createServices({
  dataDir,
  templates,
  appInfo: { version: 'bench', mode: 'browser', schemaVersion: 1 },
});
const doc = await service.createSession(ctx, {
  name: 'Benchmark event',
  date: '2025-03-04',
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
const now = new Date().toISOString();
const batch = Array.from({ length: notes }, (_, i) =>
  newParticipantNote(
    boardId,
    `Participant note ${i}: travel time between visits reduces clinical hours in rural areas`,
    { x: (i % 40) * 200, y: 1200 + Math.floor(i / 40) * 130 },
    now,
  ),
);
await service.applyOperation(ctx, doc.id, operation('addNotes', { notes: batch }));
await service.flushAll();

// One sample: a one-note change, then the time until the service says the file is saved
// (the autosave's coalescing delay excluded: it is measured from the write's start).
const samples: number[] = [];
for (let i = 0; i < runs; i++) {
  const saved = new Promise<void>((resolve) => {
    const stop = service.onEvent(
      (e: ApiEvent) => e.type === 'saveStatus' && e.status === 'saved' && (stop(), resolve()),
    );
  });
  await service.applyOperation(
    ctx,
    doc.id,
    operation('editNoteText', { noteId: batch[i % notes].id, text: `edited ${i}` }),
  );
  const start = performance.now();
  await service.flushAll();
  samples.push(performance.now() - start);
  await saved;
}
console.log(JSON.stringify({ benchmark: 'save session (durable write incl. fsync)', notes, ms: summarise(samples) }));
await rm(dataDir, { recursive: true, force: true });
