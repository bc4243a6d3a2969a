import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { checkedExport } from '../../electron/services/export/exportService';
import { createSessionDocument } from '../../shared/document/create';
import type { Cluster, Link, Note, SessionDocument, Vote } from '../../shared/document/schema';
import type { SessionExport } from '../../shared/export/schema';
import { newId, type BoardId, type TableId } from '../../shared/ids';
import { newTable } from '../../shared/operations/tableOperations';
import { applyOperation, operation, type Operation } from '../../shared/operations/registry';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../../shared/templates/schema';
import { instantiateTemplate } from '../../shared/templates/instantiate';

// Sessions made by fast-check, through the app's own operations, for the properties that must
// hold for every input (merges, imports, synthesis). Each session runs the same three shipped
// exercises (dots; dots and a rating; a stance), so a laptop's table can merge into any of them.

export const GENERATED_TEMPLATE_IDS = ['h2c.d2.ex1', 'a2d.dg2.ex2b', 'ccg2'] as const;
const NOW = '2026-11-05T10:00:00.000Z';
const LATER = '2026-11-05T16:00:00.000Z';

const templates = new Map<string, ExerciseTemplate>(
  GENERATED_TEMPLATE_IDS.map((id) => {
    const file = path.join(import.meta.dirname, '..', '..', 'resources', 'templates', `${id}.json`);
    return [id, ExerciseTemplateSchema.parse(JSON.parse(readFileSync(file, 'utf-8')))];
  }),
);
export const templateOf = (id: string) => templates.get(id);

const WORDS = ['Parking', 'Nights', 'Rotas', 'Travel', 'Training', 'IT logins', 'Breaks', 'Cover', 'Handover'];

const noteSpec = fc.record({
  text: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => `${a} and ${b.toLowerCase()}`),
  zone: fc.nat(9),
  staffGroup: fc.constantFrom(null, 'nurse', 'doctor', 'prefer-not-to-say'),
  source: fc.constantFrom(null, 'staff', 'public'),
});

const boardSpec = fc.record({
  notes: fc.array(noteSpec, { maxLength: 6 }),
  groups: fc.array(fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
  dots: fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 9 })), { maxLength: 5 }),
  ratings: fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 9 })), {
    maxLength: 4,
  }),
  stances: fc.array(fc.tuple(fc.constantFrom('before', 'after'), fc.nat(5), fc.integer({ min: 1, max: 9 })), {
    maxLength: 3,
  }),
  links: fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 2 }),
  voting: fc.constantFrom('closed', 'open', 'revealed'),
});

const tableSpec = fc.record({
  participantCount: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  boards: fc.tuple(boardSpec, boardSpec, boardSpec),
});

export type TableSpec = typeof tableSpec extends fc.Arbitrary<infer T> ? T : never;

/** What one generated session holds: its tables' boards, each with notes, groups, links and votes. */
export const sessionSpec = fc.array(tableSpec, { minLength: 1, maxLength: 3 });
export type SessionSpec = TableSpec[];

function must(doc: SessionDocument, op: Operation): SessionDocument {
  const result = applyOperation(doc, op, NOW);
  if (!result.ok) throw new Error(`${op.name}: ${result.error.message}`);
  return result.value;
}

/** A session built from `spec` by the app's operations; `name` is the event's (and, with a table number, each table's). */
export function buildSession(spec: SessionSpec, name = 'Generated event'): SessionDocument {
  let doc = createSessionDocument(
    { name, date: '2026-11-05', location: 'Leeds', facilitator: 'Sam', shift: null },
    NOW,
  );
  for (let t = 1; t < spec.length; t++) {
    const added = newTable(doc, `Table ${t + 1}`);
    doc = must(doc, operation('addTable', added));
  }
  for (const id of GENERATED_TEMPLATE_IDS)
    doc = must(doc, operation('addExercise', instantiateTemplate(doc, templates.get(id)!, NOW)));
  const tables = Object.values(doc.tables).sort((a, b) => a.order - b.order);
  const exercises = Object.values(doc.exercises).sort((a, b) => a.order - b.order);
  spec.forEach((table, t) => {
    const tableId = tables[t].id;
    doc = must(doc, operation('updateTable', { tableId, changes: { participantCount: table.participantCount } }));
    exercises.forEach((exercise, e) => {
      const board = Object.values(doc.boards).find((b) => b.exerciseId === exercise.id && b.tableId === tableId)!;
      doc = fillBoard(doc, board.id, table.boards[e]);
    });
  });
  return { ...doc, updatedAt: LATER };
}

function fillBoard(start: SessionDocument, boardId: BoardId, spec: TableSpec['boards'][number]): SessionDocument {
  let doc = start;
  const zones = Object.values(doc.zones)
    .filter((z) => z.boardId === boardId)
    .sort((a, b) => a.order - b.order);
  const notes: Note[] = spec.notes.map((n, i) => ({
    id: newId('note'),
    boardId,
    text: n.text,
    x: 40 + i * 10,
    y: 80 + i * 10,
    zoneId: zones.length ? zones[n.zone % zones.length].id : null,
    kind: 'participant',
    staffGroup: n.staffGroup,
    sector: null,
    source: n.source,
    isQuote: false,
    severity: null,
    tag: null,
    clusterId: null,
    createdAt: `2026-11-05T10:${String(i).padStart(2, '0')}:00.000Z`,
  })) as Note[];
  if (notes.length) doc = must(doc, operation('addNotes', { notes }));
  const grouped = new Set<number>();
  spec.groups.forEach((members, g) => {
    if (notes.length === 0) return;
    const picked = [...new Set(members.map((m) => m % notes.length))].filter((m) => !grouped.has(m));
    if (picked.length === 0) return;
    picked.forEach((m) => grouped.add(m));
    const cluster = {
      id: newId('cluster'),
      boardId,
      headline: `Group ${g + 1}`,
      subPoints: [`Point ${g + 1}`],
      quoteNoteId: notes[picked[0]].id,
      order: g,
    } as Cluster;
    doc = must(doc, operation('createCluster', { cluster, noteIds: picked.map((m) => notes[m].id) }));
  });
  const links = (notes.length ? spec.links : [])
    .map(([a, b]) => [a % notes.length, b % notes.length])
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ id: newId('link'), boardId, fromNoteId: notes[a].id, toNoteId: notes[b].id }) as Link);
  if (links.length) doc = must(doc, operation('addLinks', { links }));
  const voting = doc.exercises[doc.boards[boardId].exerciseId].voting;
  const base = { boardId, participant: null };
  const votes: Vote[] = [
    ...(voting?.dots && notes.length
      ? spec.dots.map(
          ([n, count]) =>
            ({ ...base, kind: 'dot', id: newId('vote'), count, noteId: notes[n % notes.length].id }) as Vote,
        )
      : []),
    ...(voting?.rating && zones.length
      ? spec.ratings.map(
          ([z, value, count]) =>
            ({
              ...base,
              kind: 'rating',
              id: newId('vote'),
              count,
              zoneId: zones[z % zones.length].id,
              value: Math.min(value, voting.rating!.scale),
            }) as Vote,
        )
      : []),
    ...(voting?.stance
      ? spec.stances.map(
          ([phase, o, count]) =>
            ({
              ...base,
              kind: 'stance',
              id: newId('vote'),
              count,
              phase,
              option: voting.stance!.options[o % voting.stance!.options.length],
            }) as Vote,
        )
      : []),
  ];
  if (votes.length) doc = must(doc, operation('castVotes', { votes }));
  return must(doc, operation('setBoardState', { boardId, changes: { voting: spec.voting } }));
}

/** The session's export as the app writes it (no PII review), or one table's when `tableId` is given. */
export function exportOf(doc: SessionDocument, tableId: TableId | null = null): SessionExport {
  return checkedExport(doc, { appVersion: 'test', now: new Date(LATER), review: null, tableId });
}

/** The id of a session's only (or first) table. */
export function firstTable(doc: SessionDocument): TableId {
  return Object.values(doc.tables).sort((a, b) => a.order - b.order)[0].id;
}
