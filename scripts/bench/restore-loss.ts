// How much work "Restore last good version" loses after a session's file is damaged. Each run
// is a workshop on the real services with the app's own snapshot policy (every 5 minutes
// while changing) and autosave: a table adds notes at a random pace, every change is saved,
// the app closes, and the file is then cut in half. The restore is compared with what had
// been acknowledged; "snapshot only" is what the last good snapshot alone brings back (the
// restore before the change journal). Workshop time runs on the services' own clock, so
// an hour-long session takes seconds. Usage: npx tsx scripts/bench/restore-loss.ts [runs=20]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/services/services';
import { SnapshotStore } from '../../electron/services/history/snapshots';
import { loadTemplateLibrary } from '../../electron/services/templates/templateLibrary';
import { lastGoodSnapshot } from '../../electron/services/history/versionHistory';
import { newParticipantNote } from '../../shared/document/create';
import type { SessionDocument } from '../../shared/document/schema';
import { operation } from '../../shared/operations/registry';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { between, seededRandom } from '../lib/seededRandom';
import { summarise } from './stats';

const runs = Number(process.argv[2] ?? 20);
const ctx = { clientId: 'bench' };
const { templates } = await loadTemplateLibrary(path.join(import.meta.dirname, '..', '..', 'resources', 'templates'));
const participantNotes = (doc: SessionDocument) => Object.values(doc.notes).filter((n) => n.kind === 'participant');

const lost = { restored: [] as number[], snapshotOnly: [] as number[] };
const lostMinutes = { restored: [] as number[], snapshotOnly: [] as number[] };

for (let run = 0; run < runs; run++) {
  const random = seededRandom(1000 + run);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-restore-loss-'));
  const clock = { now: new Date('2025-03-04T09:00:00.000Z') };
  const servicesNow = () =>
    createServices({
      dataDir,
      templates,
      appInfo: { version: 'bench', mode: 'browser', schemaVersion: 2 },
      now: () => clock.now,
    });
  const service = servicesNow();
  const doc = await service.createSession(ctx, {
    name: 'Restore',
    date: '',
    location: '',
    facilitator: '',
    shift: null,
  });
  const exercise = instantiateTemplate(doc, templates[0], clock.now.toISOString());
  await service.applyOperation(ctx, doc.id, operation('addExercise', exercise));
  const notes = between(random, 5, 80);
  const changedAt: string[] = [];
  for (let i = 0; i < notes; i++) {
    clock.now = new Date(clock.now.getTime() + between(random, 5, 90) * 1000); // 5 to 90 s of workshop time
    const note = newParticipantNote(exercise.boards[0].id, `Note ${i}`, { x: 40 * i, y: 400 }, clock.now.toISOString());
    await service.applyOperation(ctx, doc.id, operation('addNotes', { notes: [note] }));
    changedAt.push(clock.now.toISOString());
    // Notes come seconds apart, far more than the autosave's second: each is saved before the next.
    await service.flushAll();
  }
  await service.flushAll(); // Every change acknowledged and saved; the app closes.
  const file = path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`);
  const text = await readFile(file, 'utf-8');
  await writeFile(file, text.slice(0, Math.floor(text.length / 2)));

  const after = servicesNow();
  const [notice] = await after.listStorageNotices();
  if (notice?.kind !== 'quarantined' || !notice.lastGoodSnapshot) throw new Error('no restore offered');
  const snapshot = await lastGoodSnapshot(new SnapshotStore(dataDir), doc.id);
  await after.recoverSession(ctx, doc.id, notice.lastGoodSnapshot.id);
  const restored = participantNotes(await after.openSession(ctx, doc.id)).length;
  const fromSnapshot = participantNotes(snapshot!.doc).length;
  const minutesAfter = (count: number) =>
    count >= notes ? 0 : (clock.now.getTime() - Date.parse(changedAt[count === 0 ? 0 : count - 1])) / 60_000;
  lost.restored.push(notes - restored);
  lost.snapshotOnly.push(notes - fromSnapshot);
  lostMinutes.restored.push(minutesAfter(restored));
  lostMinutes.snapshotOnly.push(minutesAfter(fromSnapshot));
  console.log(
    `run ${run + 1}: ${notes} notes over ${((clock.now.getTime() - Date.parse('2025-03-04T09:00:00.000Z')) / 60_000).toFixed(0)} min; restored ${restored}, snapshot only ${fromSnapshot}`,
  );
  await after.flushAll();
  await rm(dataDir, { recursive: true, force: true });
}

console.log(
  JSON.stringify(
    {
      runs,
      notesLost: { restored: summarise(lost.restored), snapshotOnly: summarise(lost.snapshotOnly) },
      workshopMinutesLost: {
        restored: summarise(lostMinutes.restored),
        snapshotOnly: summarise(lostMinutes.snapshotOnly),
      },
    },
    null,
    2,
  ),
);
