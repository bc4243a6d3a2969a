import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionDocument } from '../../../shared/document/schema';
import type { SessionExport } from '../../../shared/export/schema';
import type { TableId } from '../../../shared/ids';
import { tableMergeOf } from '../../../shared/import/tableMerge';
import { applyOperation } from '../../../shared/operations/registry';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import {
  buildSession,
  exportOf,
  firstTable,
  sessionSpec,
  templateOf,
  type TableSpec,
} from '../../helpers/generatedSessions';

// The same records reach a synthesis in several files: the facilitator's session (with tables
// merged in from laptops), the laptops' own table exports, and exports made before and after a
// merge. Each note, group, table and vote is counted once, whatever the files and their order.

const NOW = '2026-11-05T17:00:00.000Z';

function merged(doc: SessionDocument, laptop: SessionDocument): SessionDocument {
  const plan = tableMergeOf(doc, exportOf(laptop, firstTable(laptop)), 'table.json', templateOf);
  if (!plan.ok) throw new Error(plan.error.message);
  const applied = applyOperation(doc, plan.value.operation, NOW);
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.value;
}

function synthesise(files: readonly (readonly [string, SessionExport])[]) {
  const builder = new SynthesisBuilder();
  for (const [name, data] of files) builder.add(data, name);
  return builder;
}

/** What a synthesis says, leaving out which files it was read from. */
function figures(builder: SynthesisBuilder) {
  const { sources: _s, folded: _f, totals, ...rest } = builder.result();
  const { duplicatesSkipped: _d, recordsFolded: _r, ...counts } = totals;
  const rows = builder.noteRows().map((r) => JSON.stringify(r));
  return { totals: counts, ...rest, rows: rows.sort() };
}

const participantNotes = (data: SessionExport) => data.notes.filter((n) => n.countsAsInput).length;

describe('repeats across files', () => {
  const note = (text: string) => ({ text, zone: 0, staffGroup: 'nurse' as const, source: 'staff' as const });
  const empty = { notes: [], groups: [], dots: [], ratings: [], stances: [], links: [], voting: 'revealed' as const };
  const table = (texts: string[]): TableSpec => ({
    participantCount: 5,
    boards: [
      { ...empty, notes: texts.map(note), groups: [[0, 1]], dots: texts.map((_, i) => [i, 2] as [number, number]) },
      empty,
      empty,
    ],
  });
  const facilitator = buildSession([table(['Rotas', 'Parking', 'Cover'])], 'Leeds listening event');
  const laptop = buildSession([table(['Nights', 'Travel', 'Breaks', 'Training'])], 'Table 3 laptop');
  const after = merged(facilitator, laptop);
  const session = exportOf(after);
  const tableFile = exportOf(laptop, firstTable(laptop));

  it('counts the notes of a merged table once, read in the session and in the table’s own export, in either order', () => {
    for (const files of [
      [
        ['session.json', session],
        ['table-3.json', tableFile],
      ],
      [
        ['table-3.json', tableFile],
        ['session.json', session],
      ],
    ] as const) {
      const { totals, folded } = synthesise(files).result();
      expect(totals).toMatchObject({ participantNotes: 7, events: 1, sessions: 1, tables: 2, dots: 14 });
      expect(totals.participantNotes).toBe(participantNotes(session));
      expect(totals.recordsFolded).toBeGreaterThan(0);
      // The summary says what was folded in from which file.
      expect(folded).toEqual([
        expect.objectContaining({ source: files[1][0], notes: expect.any(Number), alreadyIn: [files[0][0]] }),
      ]);
    }
  });

  it('counts a re-export after a merge: the new table’s notes are added, the old ones not again', () => {
    const before = exportOf(facilitator);
    const { totals } = synthesise([
      ['before.json', before],
      ['after.json', session],
    ]).result();
    expect(totals).toMatchObject({ participantNotes: 7, events: 1, sessions: 1, tables: 2, duplicatesSkipped: 0 });
  });

  it('counts a table’s export of a session, read before the session, once', () => {
    const part = exportOf(after, firstTable(facilitator) as TableId);
    const { totals } = synthesise([
      ['part.json', part],
      ['session.json', session],
    ]).result();
    expect(totals).toMatchObject({ participantNotes: 7, events: 1, sessions: 1, tables: 2 });
  });
});

describe('synthesising a set of files', () => {
  const eventArb = fc.record({ mine: sessionSpec, laptops: fc.array(sessionSpec, { maxLength: 2 }) });

  it('gives the same figures with repeats added: copies, tables’ exports, laptops’ exports and earlier exports', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 3 }), fc.infiniteStream(fc.nat()), (events, order) => {
        const base: [string, SessionExport][] = [];
        const extra: [string, SessionExport][] = [];
        events.forEach(({ mine, laptops }, e) => {
          let doc = buildSession(mine, `Event ${e + 1}`);
          extra.push([`event-${e}-before.json`, exportOf(doc)]);
          laptops.forEach((spec, l) => {
            const laptop = buildSession(spec.slice(0, 1), `Laptop ${l + 1}`);
            doc = merged(doc, laptop);
            extra.push([`event-${e}-laptop-${l}.json`, exportOf(laptop, firstTable(laptop))]);
          });
          const whole = exportOf(doc);
          base.push([`event-${e}.json`, whole]);
          extra.push([`event-${e}-copy.json`, whole]);
          for (const t of whole.tables) extra.push([`event-${e}-${t.id}.json`, exportOf(doc, t.id as TableId)]);
        });
        // The repeats go anywhere among the files, the files themselves keep their order.
        const all = [...base];
        const picks = order.take(extra.length);
        extra.forEach((file) => all.splice(picks.next().value! % (all.length + 1), 0, file));
        expect(figures(synthesise(all))).toEqual(figures(synthesise(base)));
      }),
      { numRuns: 15, endOnFailure: true },
    );
  });
});
