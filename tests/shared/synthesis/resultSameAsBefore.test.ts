import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { NOT_RECORDED, SHIFT_LABELS, Tally } from '../../../shared/synthesis/tally';
import { mostCommon } from '../../../shared/themes/describe';
import { randomCoding } from './outputs/codings';

// The view of a 200,000-note project is made again after every addition, so its counts were made
// cheaper: a run of one table's rows is counted at once, and so is a run of one headline. The
// counts, their order and every headline chosen must be what counting note by note gave.

/** The shift and table counts as first written: one key and one label made for every note. */
function countedNoteByNote(builder: SynthesisBuilder) {
  const shifts = new Tally();
  const tables = new Tally();
  for (const row of builder.noteRows()) {
    shifts.add(row.shift, row.shift ? SHIFT_LABELS.get(row.shift)! : NOT_RECORDED);
    const event = `${row.eventName || 'Unnamed event'}${row.eventDate ? ` (${row.eventDate})` : ''}`;
    tables.add(`${row.sessionId}|${row.table}`, `${event} › ${row.table}`);
  }
  return { shift: shifts.rows(), table: tables.rows() };
}

/** mostCommon as first written, value by value. */
function mostCommonOneByOne(values: readonly string[], limit: number): string[] {
  const tally = new Map<string, { count: number; key: string; spellings: Map<string, number> }>();
  for (const value of values) {
    const text = value.trim();
    const key = text.toLocaleLowerCase();
    if (!key) continue;
    const entry = tally.get(key) ?? { count: 0, key, spellings: new Map<string, number>() };
    entry.count++;
    entry.spellings.set(text, (entry.spellings.get(text) ?? 0) + 1);
    tally.set(key, entry);
  }
  const spelling = (e: { spellings: Map<string, number> }) =>
    [...e.spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  return [...tally.values()]
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(spelling);
}

describe('the synthesis view, counted in runs', () => {
  it('counts notes by shift and by table as note by note did, in the same order', () => {
    const events = fc.array(
      fc.record({ seed: fc.integer({ min: 0, max: 40 }), size: fc.integer({ min: 1, max: 30 }) }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(events, fc.integer(), (list, seed) => {
        const builder = new SynthesisBuilder();
        // Small seeds repeat, so some files are read twice (folded or skipped) and credits move.
        list.forEach((e, i) => builder.add(generatedExport(e.seed, e.size), `${i}.json`));
        const result = builder.result({ coding: randomCoding(builder.noteRows(), seed, 6) });
        expect({ shift: result.counts.shift, table: result.counts.table }).toEqual(countedNoteByNote(builder));
      }),
      { numRuns: 40 },
    );
  });

  it('chooses the same headlines, in the same spellings, as counting value by value', () => {
    const value = fc.constantFrom(
      'Staffing',
      'staffing',
      ' Staffing ',
      'Pay',
      'PAY',
      '',
      '  ',
      'Rotas',
      'Café',
      'CAFÉ',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, fc.integer({ min: 1, max: 4 })), { maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (runs, limit) => {
          const values = runs.flatMap(([v, n]) => Array<string>(n).fill(v));
          expect(mostCommon(values, limit)).toEqual(mostCommonOneByOne(values, limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});
