import path from 'node:path';
import { createServices } from '../../../electron/services/services';
import { loadTemplateLibrary } from '../../../electron/services/templates/templateLibrary';
import { newParticipantNote } from '../../../shared/document/create';
import { zoneAt, zonesOfBoard } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import { newId, type SessionId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import { instantiateTemplate } from '../../../shared/templates/instantiate';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
const PHRASES = [
  'Travel time between visits reduces clinical hours in rural areas',
  'Community teams know the patients and their families well',
  'We need shared records so nobody has to repeat their story',
  'Weekend cover is thin and staff feel isolated',
  'Less travel for families when care is closer to home',
  'Training budgets have been cut for three years running',
];

/**
 * Writes a real session of `notes` participant notes on one room-sized board into
 * `dataDir`, through the real services: the notes in a grid over the template's zones and
 * beyond, one in ten in clusters of five, one link per fifty notes, dots on one in five.
 * Returns the session's id.
 */
export async function writeSessionOfSize(dataDir: string, notes: number): Promise<SessionId> {
  const { templates } = await loadTemplateLibrary(path.join(ROOT, 'resources', 'templates'));
  const service = createServices({
    dataDir,
    templates,
    appInfo: { version: 'bench', mode: 'browser', schemaVersion: 2 },
  });
  const ctx = { clientId: 'bench' };
  const doc = await service.createSession(ctx, {
    name: `Benchmark ${notes} notes`,
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
  const zones = zonesOfBoard(
    { ...doc, zones: Object.fromEntries(exercise.zones.map((z) => [z.id, z])) } as never,
    boardId,
  );
  const now = new Date().toISOString();
  const columns = Math.ceil(Math.sqrt(notes * 1.6));
  const all: Note[] = Array.from({ length: notes }, (_, i) => {
    const at = { x: 40 + (i % columns) * 200, y: 1000 + Math.floor(i / columns) * 130 };
    return {
      ...newParticipantNote(boardId, `${PHRASES[i % PHRASES.length]} (${i})`, at, now),
      zoneId: zoneAt(zones, at.x, at.y),
    };
  });
  for (let i = 0; i < all.length; i += 1000) {
    await service.applyOperation(ctx, doc.id, operation('addNotes', { notes: all.slice(i, i + 1000) }));
  }
  // One in ten notes in clusters of five neighbours.
  for (let i = 0; i + 5 <= all.length; i += 50) {
    const members = all.slice(i, i + 5).map((n) => n.id);
    const cluster = {
      id: newId('cluster'),
      boardId,
      headline: `Theme ${i / 50 + 1}`,
      subPoints: [],
      quoteNoteId: members[0],
      order: i / 50,
    };
    await service.applyOperation(ctx, doc.id, operation('createCluster', { cluster, noteIds: members }));
  }
  const links = [];
  for (let i = 10; i + 1 < all.length; i += 50)
    links.push({ id: newId('link'), boardId, fromNoteId: all[i].id, toNoteId: all[i + 1].id });
  if (links.length > 0) await service.applyOperation(ctx, doc.id, operation('addLinks', { links }));
  const votes = all
    .filter((_, i) => i % 5 === 0)
    .map((note, i) => ({
      kind: 'dot' as const,
      id: newId('vote'),
      boardId,
      noteId: note.id,
      participant: (i % 6) + 1,
      count: 1,
    }));
  for (let i = 0; i < votes.length; i += 1000)
    await service.applyOperation(ctx, doc.id, operation('castVotes', { votes: votes.slice(i, i + 1000) }));
  await service.applyOperation(ctx, doc.id, operation('setBoardState', { boardId, changes: { voting: 'revealed' } }));
  await service.flushAll();
  return doc.id;
}
