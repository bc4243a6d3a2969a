import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignPrepared,
  KEPT_SETTINGS,
  LinkTables,
  WORDS_SETTINGS,
  type AssignSettings,
} from '../../../shared/themes/assign';
import { prepare, type ThemeNote } from '../../../shared/themes/similarity';
import { averageLinkageTree } from '../../../shared/themes/linkage';
import { referenceAssignPrepared, referenceAverageLinkageTree } from './assignReference';

// The theme assignment was made fast at national scale (shared words compared through an
// inverted index; a note that joined no theme compared again only with themes changed since)
// without changing a single result: for any notes, any settings and any batch size, the themes
// and "other" are exactly those of the assignment as first written (assignReference.ts).

const WORDS = ['staff', 'shortage', 'pay', 'rota', 'parking', 'systems', 'records', 'training', 'time', 'night'];
const generatedNotes = fc.array(
  fc.record({
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
    vector: fc.array(fc.integer({ min: -127, max: 127 }), { minLength: 6, maxLength: 6 }),
    group: fc.option(fc.constantFrom('g1', 'g2', 'g3', 'g4'), { nil: null }),
    headline: fc.option(fc.array(fc.integer({ min: -127, max: 127 }), { minLength: 6, maxLength: 6 }), { nil: null }),
  }),
  { maxLength: 60 },
);
const settingsOf = fc.record({
  base: fc.constantFrom(KEPT_SETTINGS, WORDS_SETTINGS),
  maxLinked: fc.integer({ min: 2, max: 70 }),
  threshold: fc.constantFrom(0.05, 0.2, 0.38, 0.6),
  groupsStayTogether: fc.boolean(),
});

function notesOf(
  list: { words: string[]; vector: number[]; group: string | null; headline: number[] | null }[],
  withVectors: boolean,
): ThemeNote[] {
  return list.map((x, i) => ({
    id: `n${i}`,
    text: x.words.join(' '),
    vector: withVectors ? x.vector : [],
    group: x.group,
    headlineVector: withVectors ? x.headline : null,
  }));
}

function settingsFrom(choice: {
  base: AssignSettings;
  maxLinked: number;
  threshold: number;
  groupsStayTogether: boolean;
}) {
  const words = choice.base === WORDS_SETTINGS;
  const settings: AssignSettings = {
    ...choice.base,
    maxLinked: choice.maxLinked,
    threshold: words ? choice.threshold / 4 : choice.threshold,
    groupsStayTogether: choice.groupsStayTogether,
  };
  return { settings, withVectors: !words };
}

describe('the fast theme assignment', () => {
  it('gives exactly the themes and "other" the assignment as first written gives', () => {
    fc.assert(
      fc.property(generatedNotes, settingsOf, (list, choice) => {
        const { settings, withVectors } = settingsFrom(choice);
        const items = prepare(notesOf(list, withVectors), settings);
        expect(assignPrepared(items, settings)).toEqual(referenceAssignPrepared(items, settings));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same themes with working tables left over from earlier, larger or smaller assignments', () => {
    // The coding passes one LinkTables to every question's assignment: nothing an earlier one
    // left in the tables may change a later one's themes.
    fc.assert(
      fc.property(fc.array(fc.tuple(generatedNotes, settingsOf), { minLength: 2, maxLength: 4 }), (runs) => {
        const tables = new LinkTables();
        for (const [list, choice] of runs) {
          const { settings, withVectors } = settingsFrom(choice);
          const items = prepare(notesOf(list, withVectors), settings);
          expect(assignPrepared(items, settings, tables)).toEqual(referenceAssignPrepared(items, settings));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same themes when notes outnumber a batch many times over (the path large syntheses take)', () => {
    // Five families of notes, each with words and a direction of its own, and a few strays.
    const list = Array.from({ length: 400 }, (_, i) => ({
      words: i % 9 === 0 ? [WORDS[(i * 7) % 10]] : [WORDS[(i % 5) * 2], WORDS[(i % 5) * 2 + 1]],
      vector: Array.from({ length: 6 }, (_, k) => (k === i % 5 ? 100 : ((i * (k + 3)) % 17) - 8)),
      group: i % 4 === 0 ? null : `g${i % 5}-${Math.floor(i / 50)}`,
      headline: null,
    }));
    for (const base of [KEPT_SETTINGS, WORDS_SETTINGS]) {
      const settings = { ...base, maxLinked: 37 };
      const items = prepare(notesOf(list, base !== WORDS_SETTINGS), settings);
      const fast = assignPrepared(items, settings);
      expect(fast).toEqual(referenceAssignPrepared(items, settings));
      expect(fast.themes.length).toBeGreaterThan(1);
    }
  });

  it('builds exactly the linkage tree as first written, ties included', () => {
    // Similarities of a few values only, so many pairs tie and the lowest index must win as before.
    const tables = fc.integer({ min: 1, max: 30 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        values: fc.array(fc.constantFrom(-1, 0, 0.25, 0.5, 1), { minLength: n * n, maxLength: n * n }),
        sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
      }),
    );
    fc.assert(
      fc.property(tables, ({ n, values, sizes }) => {
        const symmetric = Float64Array.from(values);
        for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) symmetric[i * n + j] = symmetric[j * n + i];
        const table = { n, values: symmetric, sizes };
        expect(averageLinkageTree(table)).toEqual(referenceAverageLinkageTree(table));
      }),
      { numRuns: 300 },
    );
  });

  it('stopped at a floor, builds the first-written tree up to the first join below it, and no further', () => {
    const tables = fc.integer({ min: 1, max: 30 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        values: fc.array(fc.constantFrom(-1, 0, 0.25, 0.5, 1), { minLength: n * n, maxLength: n * n }),
        floor: fc.constantFrom(-1, 0, 0.2, 0.25, 0.5, 1),
      }),
    );
    fc.assert(
      fc.property(tables, ({ n, values, floor }) => {
        const symmetric = Float64Array.from(values);
        for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) symmetric[i * n + j] = symmetric[j * n + i];
        const table = { n, values: symmetric };
        const whole = referenceAverageLinkageTree(table);
        const firstBelow = whole.findIndex((join) => join.similarity < floor);
        expect(averageLinkageTree(table, floor)).toEqual(firstBelow < 0 ? whole : whole.slice(0, firstBelow));
      }),
      { numRuns: 300 },
    );
  });
});
