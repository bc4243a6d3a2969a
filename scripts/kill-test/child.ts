// The process the kill test kills: the real services, started as browser mode starts them
// (data-folder lock, crash leftovers cleared), applying operations to one session as fast
// as a busy table would, until SIGKILL. Before each operation it prints what it is about to
// apply, and after the service has accepted it, an acknowledgement. Stdout to a pipe is
// written synchronously on Linux and macOS, so every line printed reaches the test.
// Usage: node --import tsx scripts/kill-test/child.ts DATA_DIR SESSION_ID SEED
import path from 'node:path';
import { startServices } from '../../electron/services/startServices';
import type { SessionDocument } from '../../shared/document/schema';
import type { SessionId } from '../../shared/ids';
import { newParticipantNote } from '../../shared/document/create';
import { operation, type Operation } from '../../shared/operations/registry';
import { between, pick, seededRandom } from '../lib/seededRandom';

const [dataDir, sessionId, seedText] = process.argv.slice(2);
const random = seededRandom(Number(seedText));
const ctx = { clientId: 'kill-test' };

/** The next change a table might make: mostly new notes, some edits and moves, now and then a clear-out. */
function nextOperation(doc: SessionDocument): Operation {
  const boards = Object.values(doc.boards).map((b) => b.id);
  const notes = Object.values(doc.notes).filter((n) => n.kind === 'participant');
  const roll = random();
  if (notes.length > 0 && (notes.length > 200 || roll < 0.08)) {
    const ids = notes.slice(0, between(random, 1, Math.min(40, notes.length))).map((n) => n.id);
    return operation('deleteNotes', { noteIds: ids });
  }
  if (notes.length > 0 && roll < 0.35) {
    return operation('editNoteText', {
      noteId: pick(random, notes).id,
      text: `edited at revision ${doc.revision + 1}`,
    });
  }
  if (notes.length > 0 && roll < 0.5) {
    const note = pick(random, notes);
    return operation('moveNotes', {
      moves: [{ noteId: note.id, x: between(random, 0, 3000), y: between(random, 0, 2000) }],
    });
  }
  const batch = Array.from({ length: between(random, 1, 3) }, () =>
    newParticipantNote(
      pick(random, boards),
      `note ${doc.revision + 1} ${'travel time between visits '.repeat(between(random, 0, 3))}`,
      { x: between(random, 0, 3000), y: between(random, 0, 2000) },
      new Date().toISOString(),
    ),
  );
  return operation('addNotes', { notes: batch });
}

const { service } = await startServices({
  dataDir,
  templatesDir: path.join(import.meta.dirname, '..', '..', 'resources', 'templates'),
  version: 'kill-test',
  mode: 'browser',
  // Snapshots every 1.5 s (not every 5 minutes) so that kills land in snapshot writes too.
  snapshots: { intervalMs: 1_500, maxAgeMs: 30 * 24 * 3600 * 1000, maxBytes: 20 * 1024 * 1024, maxCount: 8 },
});
const id = sessionId as SessionId;
process.stdout.write('ready\n');
for (;;) {
  const doc = await service.openSession(ctx, id);
  const op = nextOperation(doc);
  const revision = doc.revision + 1;
  process.stdout.write(`${JSON.stringify({ t: 'intent', revision, op })}\n`);
  await service.applyOperation(ctx, id, op);
  process.stdout.write(`${JSON.stringify({ t: 'ack', revision })}\n`);
  await new Promise((resolve) => setTimeout(resolve, between(random, 0, 25)));
}
