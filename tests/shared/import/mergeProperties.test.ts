import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionDocument } from '../../../shared/document/schema';
import type { SessionExport } from '../../../shared/export/schema';
import { tableMergeOf } from '../../../shared/import/tableMerge';
import { applyOperation, operation } from '../../../shared/operations/registry';
import { buildSession, exportOf, firstTable, sessionSpec, templateOf } from '../../helpers/generatedSessions';

// The rules of merging tables from other laptops, over generated sessions: the merged session's
// export is exactly the union of what went in, and a merge never changes a record of another
// table, whatever record type shares an id.

const NOW = '2026-11-05T17:00:00.000Z';
const RUNS = { numRuns: 25 };

/** An export as sets of records by id, leaving out what a merge legitimately renumbers (exercise ids, table order). */
function recordsOf(data: SessionExport): Record<string, Record<string, unknown>> {
  const byId = <T extends { id: string }>(list: readonly T[], strip: (r: T) => unknown = (r) => r) =>
    Object.fromEntries(list.map((r) => [r.id, strip(r)]));
  return {
    tables: byId(data.tables, ({ order: _order, ...t }) => t),
    boards: byId(
      data.exercises.flatMap((e) => e.boards.map((b) => ({ ...b, templateId: e.templateId }))),
      (b) => b,
    ),
    zones: byId(data.zones),
    notes: byId(data.notes, ({ exerciseId: _e, ...n }) => n),
    clusters: byId(data.clusters),
    links: byId(data.links),
    votes: Object.fromEntries(data.votes.map(({ exerciseId: _e, ...v }) => [v.boardId, v])),
  };
}

function union(...parts: Record<string, Record<string, unknown>>[]) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of parts)
    for (const [kind, records] of Object.entries(part)) out[kind] = { ...out[kind], ...records };
  return out;
}

function mergeAll(start: SessionDocument, laptops: SessionDocument[]): SessionDocument {
  let doc = start;
  laptops.forEach((laptop, i) => {
    const plan = tableMergeOf(doc, exportOf(laptop, firstTable(laptop)), `table-${i}.json`, templateOf);
    if (!plan.ok) throw new Error(plan.error.message);
    const applied = applyOperation(doc, plan.value.operation, NOW);
    if (!applied.ok) throw new Error(applied.error.message);
    doc = applied.value;
  });
  return doc;
}

const laptopsArb = fc.array(
  sessionSpec.map((tables) => tables.slice(0, 1)),
  { minLength: 1, maxLength: 3 },
);

describe('merging tables into a session', () => {
  it('gives a session whose export is the union of the session’s and the tables’ exports', () => {
    fc.assert(
      fc.property(sessionSpec, laptopsArb, (mine, theirs) => {
        const facilitator = buildSession(mine, 'Facilitator');
        const laptops = theirs.map((spec, i) => buildSession(spec, `Laptop ${i + 1}`));
        const merged = mergeAll(facilitator, laptops);
        const expected = union(
          recordsOf(exportOf(facilitator)),
          ...laptops.map((l) => recordsOf(exportOf(l, firstTable(l)))),
        );
        expect(recordsOf(exportOf(merged))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('never changes a record of another table, of any type', () => {
    fc.assert(
      fc.property(sessionSpec, laptopsArb, (mine, theirs) => {
        const facilitator = buildSession(mine, 'Facilitator');
        const merged = mergeAll(
          facilitator,
          theirs.map((spec) => buildSession(spec)),
        );
        for (const kind of ['tables', 'boards', 'zones', 'notes', 'clusters', 'links', 'votes'] as const) {
          for (const [id, record] of Object.entries(facilitator[kind]))
            expect((merged[kind] as Record<string, unknown>)[id]).toEqual(record);
        }
      }),
      RUNS,
    );
  });

  const KINDS = ['boards', 'zones', 'notes', 'clusters', 'links', 'votes'] as const;

  it('refuses, and changes nothing, when any record added with a table has an id the session already has', () => {
    fc.assert(
      fc.property(
        sessionSpec,
        sessionSpec,
        fc.constantFrom(...KINDS),
        fc.nat(),
        fc.nat(),
        (mine, theirs, kind, a, b) => {
          const facilitator = buildSession(mine);
          const laptop = buildSession(theirs.slice(0, 1));
          const plan = tableMergeOf(facilitator, exportOf(laptop, firstTable(laptop)), 'table.json', templateOf);
          if (!plan.ok) throw new Error(plan.error.message);
          const args = structuredClone(plan.value.operation.args) as unknown as Record<string, { id: string }[]>;
          const existing = Object.keys(facilitator[kind]);
          const added = args[kind];
          fc.pre(existing.length > 0 && added.length > 0);
          // The added record takes the id of one of the session's records of the same type.
          added[a % added.length] = { ...added[a % added.length], id: existing[b % existing.length] };
          const result = applyOperation(facilitator, operation('addTable', args as never), NOW);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.error.code).toBe('conflict');
        },
      ),
      RUNS,
    );
  });
});
