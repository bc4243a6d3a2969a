import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tfidf, tfidfOfNumbers } from '../../../shared/clustering/tfidf';
import { KEPT_SETTINGS, WORDS_SETTINGS } from '../../../shared/themes/assign';
import { extendCoding, machineCoding, type CodingNote } from '../../../shared/themes/machineCoding';
import { prepare, prepareParts, StemCache, ThemeSums, type ThemeNote } from '../../../shared/themes/similarity';
import { referencePrepare, referenceTfidf } from './prepareReference';

// Adding 10 exports to a 200,000-note project prepared every note again: stemming, a map of
// term counts per note and a map of weights per note. The weights are now counted in typed
// arrays, a coded note's map is never built (its weights go straight into its theme's sums),
// and a project keeps each text's stems between additions. None of it may change a coding.

const WORDS = [
  'staff',
  'staffing',
  'shortage',
  'pay',
  'rota',
  'rotas',
  'parking',
  'systems',
  'records',
  'night',
  'café',
];
const texts = fc
  .array(fc.constantFrom(...WORDS, 'the', '12', 'Ward', "don't"), { maxLength: 9 })
  .map((w) => w.join(' '));
const vector = fc.array(fc.integer({ min: -127, max: 127 }), { minLength: 5, maxLength: 5 });
const notes = fc.array(
  fc.record({
    text: texts,
    vector,
    group: fc.option(fc.constantFrom('g1', 'g2', 'g3'), { nil: null }),
    headline: fc.option(vector, { nil: null }),
  }),
  { maxLength: 50 },
);
type Generated = { text: string; vector: number[]; group: string | null; headline: number[] | null };
const asThemeNotes = (list: Generated[], withVectors: boolean): ThemeNote[] =>
  list.map((x, i) => ({
    id: `n${i}`,
    text: x.text,
    vector: withVectors ? x.vector : [],
    group: x.group,
    headlineVector: withVectors ? x.headline : null,
  }));

describe('preparing notes, as first written', () => {
  it('gives every TF-IDF weight, vocabulary entry and idf to the last bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 }), { maxLength: 40 }),
        (docs) => {
          expect(tfidf(docs)).toEqual(referenceTfidf(docs));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same weights from stems given as numbers, in flat arrays, to the last bit', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 30 }), { maxLength: 12 }), { maxLength: 40 }), (numbers) => {
        const asStems = numbers.map((doc) => doc.map((n) => `s${n}`));
        const flat = tfidfOfNumbers(
          numbers.map((doc) => Int32Array.from(doc)),
          31,
        );
        const unflattened = numbers.map((_, d) => ({
          terms: flat.terms.slice(flat.offsets[d], flat.offsets[d + 1]),
          weights: flat.weights.slice(flat.offsets[d], flat.offsets[d + 1]),
        }));
        expect(unflattened).toEqual(referenceTfidf(asStems).vectors);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every vector and word weight to the last bit, with vectors or words alone, centred or not', () => {
    fc.assert(
      fc.property(
        notes,
        fc.boolean(),
        fc.constantFrom(KEPT_SETTINGS, WORDS_SETTINGS),
        (list, withVectors, settings) => {
          const given = asThemeNotes(list, withVectors);
          const cache = new StemCache();
          expect(prepare(given, settings)).toEqual(referencePrepare(given, settings));
          prepare(given, settings, cache);
          // A second time from a warm stem cache: the same.
          expect(prepare(given, settings, cache)).toEqual(referencePrepare(given, settings));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sums a coded note into its theme exactly as its prepared map would, to the last bit', () => {
    fc.assert(
      fc.property(notes, fc.boolean(), (list, withVectors) => {
        const given = asThemeNotes(list, withVectors);
        if (given.length === 0) return;
        const items = prepare(given, KEPT_SETTINGS);
        const parts = prepareParts(given, KEPT_SETTINGS);
        const viaMaps = new ThemeSums(items[0].vector.length);
        const viaParts = new ThemeSums(items[0].vector.length);
        given.forEach((_, i) => {
          if (i % 2 === 0) return;
          viaMaps.add(items[i], i);
          viaParts.addAt(parts, i);
        });
        expect(viaParts).toEqual(viaMaps);
        for (const item of items)
          expect(
            Object.is(viaParts.averageSimilarity(item, KEPT_SETTINGS), viaMaps.averageSimilarity(item, KEPT_SETTINGS)),
          ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('adding notes with a kept stem cache', () => {
  const codingNotes = fc.array(
    fc.record({
      text: texts,
      group: fc.option(fc.constantFrom('g1', 'g2', 'g3'), { nil: null }),
      templateId: fc.constantFrom('q.a', 'q.b'),
      audience: fc.constantFrom('staff' as const, 'public' as const),
      isQuote: fc.boolean(),
    }),
    { maxLength: 60 },
  );
  const asCoding = (
    list: { text: string; group: string | null; templateId: string; audience: 'staff' | 'public'; isQuote: boolean }[],
  ): CodingNote[] =>
    list.map((x, i) => ({
      noteId: `note:${String((i * 7919) % 1000).padStart(4, '0')}:${i}`,
      text: x.text,
      groupId: x.group ?? '',
      group: x.group ? `Headline ${x.group}` : '',
      templateId: x.templateId,
      audience: x.audience,
      isQuote: x.isQuote,
      dots: i % 3,
    }));

  it('gives exactly the coding an uncached addition gives, whatever is added after whatever', () => {
    fc.assert(
      fc.property(codingNotes, fc.nat({ max: 60 }), (list, cut) => {
        const all = asCoding(list);
        const first = all.slice(0, cut);
        const stems = new StemCache();
        const coded = machineCoding({ notes: first, vectors: null, stems });
        const cached = extendCoding(coded, { notes: all, vectors: null, stems }, 1);
        const uncached = extendCoding(machineCoding({ notes: first, vectors: null }), { notes: all, vectors: null }, 1);
        expect(cached).toEqual(uncached);
      }),
      { numRuns: 200 },
    );
  });
});

describe('adding notes to a coding', () => {
  it('never changes the coding it is given, and gives it back unchanged when every note is in it', () => {
    const codingNotes = fc.array(
      fc.record({
        text: texts,
        templateId: fc.constantFrom('q.a', 'q.b'),
        audience: fc.constantFrom('staff' as const, 'public' as const),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(codingNotes, fc.nat({ max: 40 }), (list, cut) => {
        const all: CodingNote[] = list.map((x, i) => ({
          ...x,
          noteId: `note:${String((i * 7919) % 1000).padStart(4, '0')}:${i}`,
          groupId: '',
          group: '',
          isQuote: false,
          dots: 0,
        }));
        const coded = machineCoding({ notes: all.slice(0, cut), vectors: null });
        const before = structuredClone(coded);
        const extended = extendCoding(coded, { notes: all, vectors: null }, 1);
        expect(coded).toEqual(before);
        const again = extendCoding(extended.coding, { notes: all, vectors: null }, extended.nextThemeNumber);
        expect(again.coding).toBe(extended.coding);
        expect(again.placed.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
