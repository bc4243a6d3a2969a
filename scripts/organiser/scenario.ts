import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkedExport } from '../../electron/services/export/exportService';
import { exportFiles } from '../../shared/export/files';
import { createSessionDocument } from '../../shared/document/create';
import type { Note, SessionDocument, Vote } from '../../shared/document/schema';
import { STAFF_GROUPS } from '../../shared/document/taxonomy';
import { newId, type BoardId, type TableId } from '../../shared/ids';
import { tableMergeOf } from '../../shared/import/tableMerge';
import { newTable } from '../../shared/operations/tableOperations';
import { applyOperation, operation, type Operation } from '../../shared/operations/registry';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../../shared/templates/schema';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { between, pick, seededRandom } from '../lib/seededRandom';

// The organiser's day, as files on disk: three events' session exports, where the first
// event's facilitator merged two tables' exports from the tables' laptops into their session,
// and those two laptop exports sit in the same folder too (as they would on a shared drive).
// What the synthesis should say is counted by hand from the sessions' own records, apart from
// any export or synthesis code. Used by tests/electron/synthesis/organiserScenario.test.ts.

const ROOT = path.join(import.meta.dirname, '..', '..');
const TEMPLATES = ['h2c.d2.ex1', 'a2d.dg2.ex2b'];
const NOW = '2026-11-20T10:00:00.000Z';
const WORDS = ['rotas', 'parking', 'IT logins', 'handover', 'breaks', 'training', 'travel', 'cover', 'nights'];

const templates = new Map<string, ExerciseTemplate>(
  TEMPLATES.map((id) => [
    id,
    ExerciseTemplateSchema.parse(
      JSON.parse(readFileSync(path.join(ROOT, 'resources', 'templates', `${id}.json`), 'utf8')),
    ),
  ]),
);

function must(doc: SessionDocument, op: Operation): SessionDocument {
  const result = applyOperation(doc, op, NOW);
  if (!result.ok) throw new Error(`${op.name}: ${result.error.message}`);
  return result.value;
}

/** A session for `event` with `tables` tables, both exercises, and notes, dots and ratings on every table's boards. */
function eventSession(name: string, date: string, tables: number, seed: number): SessionDocument {
  const random = seededRandom(seed);
  let doc = createSessionDocument({ name, date, location: 'Leeds', facilitator: 'Sam', shift: null }, NOW);
  for (let t = 1; t < tables; t++) doc = must(doc, operation('addTable', newTable(doc, `Table ${t + 1}`)));
  for (const id of TEMPLATES)
    doc = must(doc, operation('addExercise', instantiateTemplate(doc, templates.get(id)!, NOW)));
  for (const board of Object.values(doc.boards)) doc = fillBoard(doc, board.id, random);
  return doc;
}

function fillBoard(start: SessionDocument, boardId: BoardId, random: () => number): SessionDocument {
  let doc = start;
  const zones = Object.values(doc.zones).filter((z) => z.boardId === boardId);
  const notes = Array.from(
    { length: between(random, 6, 14) },
    (_, i) =>
      ({
        id: newId('note'),
        boardId,
        text: `${pick(random, WORDS)} and ${pick(random, WORDS)}`.replace(/^./, (c) => c.toUpperCase()),
        x: 40 + i * 12,
        y: 90 + i * 12,
        zoneId: pick(random, zones).id,
        kind: 'participant',
        staffGroup: random() < 0.2 ? null : pick(random, STAFF_GROUPS).code,
        sector: null,
        source: random() < 0.15 ? 'public' : 'staff',
        isQuote: false,
        severity: null,
        tag: null,
        clusterId: null,
        createdAt: NOW,
      }) as Note,
  );
  doc = must(doc, operation('addNotes', { notes }));
  const voting = doc.exercises[doc.boards[boardId].exerciseId].voting;
  const votes: Vote[] = notes
    .filter(() => random() < 0.6)
    .map(
      (n) =>
        ({
          kind: 'dot',
          id: newId('vote'),
          boardId,
          participant: null,
          count: between(random, 1, 6),
          noteId: n.id,
        }) as Vote,
    );
  if (voting?.rating)
    for (const zone of zones)
      for (let value = 1; value <= voting.rating.scale; value++)
        if (random() < 0.7)
          votes.push({
            kind: 'rating',
            id: newId('vote'),
            boardId,
            participant: null,
            count: between(random, 1, 9),
            zoneId: zone.id,
            value,
          } as Vote);
  if (votes.length) doc = must(doc, operation('castVotes', { votes }));
  return must(doc, operation('setBoardState', { boardId, changes: { voting: 'revealed' } }));
}

const exportOf = (doc: SessionDocument, tableId: TableId | null = null) =>
  checkedExport(doc, { appVersion: 'scenario', now: new Date('2026-11-20T17:00:00.000Z'), review: null, tableId });

export interface HandCount {
  events: number;
  tables: number;
  participantNotes: number;
  staffNotes: number;
  publicNotes: number;
  dots: number;
  ratings: number;
  /** Participant notes by staff group code ("" for not recorded). */
  byStaffGroup: Record<string, number>;
}

/** The figures counted straight from the sessions' records: no export, import or synthesis code. */
export function handCount(sessions: readonly SessionDocument[]): HandCount {
  const count: HandCount = {
    events: new Set(sessions.map((s) => `${s.event.name}|${s.event.date}`)).size,
    tables: 0,
    participantNotes: 0,
    staffNotes: 0,
    publicNotes: 0,
    dots: 0,
    ratings: 0,
    byStaffGroup: {},
  };
  for (const s of sessions) {
    count.tables += Object.keys(s.tables).length;
    for (const n of Object.values(s.notes)) {
      if (n.kind !== 'participant') continue;
      count.participantNotes++;
      if (n.source === 'public') count.publicNotes++;
      else count.staffNotes++;
      // Public notes have a row of their own, never a staff group's "Not recorded".
      const group = n.source === 'public' ? 'public' : (n.staffGroup ?? '');
      count.byStaffGroup[group] = (count.byStaffGroup[group] ?? 0) + 1;
    }
    for (const v of Object.values(s.votes)) {
      if (v.kind === 'dot') count.dots += v.count;
      if (v.kind === 'rating') count.ratings += v.count;
    }
  }
  return count;
}

/** Writes the organiser's folder of exports into `dir` and returns the hand count of what they hold. */
export async function writeScenario(dir: string): Promise<{ files: string[]; expected: HandCount }> {
  let leeds = eventSession('Leeds listening event', '2026-11-20', 2, 1);
  const laptops = [3, 4].map((n, i) => {
    const laptop = eventSession(`Leeds table ${n} laptop`, '2026-11-20', 1, 10 + i);
    const [table] = Object.values(laptop.tables);
    return must(laptop, operation('updateTable', { tableId: table.id, changes: { name: `Table ${n}` } }));
  });
  const laptopExports = laptops.map((l) => exportOf(l, Object.keys(l.tables)[0] as TableId));
  for (const [i, data] of laptopExports.entries()) {
    const plan = tableMergeOf(leeds, data, `laptop-${i + 3}`, (id) => templates.get(id));
    if (!plan.ok) throw new Error(plan.error.message);
    leeds = must(leeds, plan.value.operation);
  }
  const bristol = eventSession('Bristol listening event', '2026-11-21', 2, 2);
  const truro = eventSession('Truro listening event', '2026-11-22', 1, 3);
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const data of [exportOf(leeds), ...laptopExports, exportOf(bristol), exportOf(truro)]) {
    const file = exportFiles(data)[0];
    await writeFile(path.join(dir, file.name), file.content);
    written.push(file.name);
  }
  return { files: written, expected: handCount([leeds, bristol, truro]) };
}
