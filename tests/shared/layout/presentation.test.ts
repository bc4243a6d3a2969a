import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectsIntersect, type Rect } from '../../../shared/document/geometry';
import {
  presentBoard,
  smallestTextPx,
  type Presentation,
  type PresentationInput,
} from '../../../shared/layout/presentation';
import { deckPage } from '../../../shared/layout/deck';
import { promptToShow } from '../../../shared/layout/prompt';

/** Roughly Inter at 14 px: wide enough that wrapping happens as it does on screen. */
const measure = (text: string) => text.length * 7.3;

const overlaps = (a: Rect, b: Rect) =>
  rectsIntersect(a, b) &&
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.01 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.01;
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;

const words = fc.constantFrom('care', 'travel', 'autonomy', 'lone', 'working', 'IT', 'shared records');

/** Boards of up to `zones` zones and `notes.min`–`notes.max` notes, some in groups, on screens of any shape. */
function boardsOf(zones: number, clusters: number, notes: { min: number; max: number }) {
  return fc
    .record({
      zoneCount: fc.integer({ min: 0, max: zones }),
      clusterCount: fc.integer({ min: 0, max: clusters }),
      notes: fc.array(
        fc.record({
          zone: fc.integer({ min: -1, max: zones }),
          cluster: fc.integer({ min: -1, max: clusters }),
          text: fc.array(words, { maxLength: 16 }),
        }),
        { minLength: notes.min, maxLength: notes.max },
      ),
      width: fc.integer({ min: 320, max: 2560 }),
      height: fc.integer({ min: 240, max: 1440 }),
    })
    .map(({ zoneCount, clusterCount, notes, width, height }): PresentationInput => ({
      screen: { width, height },
      zones: Array.from({ length: zoneCount }, (_, i) => ({
        id: `z${i}`,
        label: `Zone number ${i} of the board`,
        order: i,
      })),
      clusters: Array.from({ length: clusterCount }, (_, i) => ({ id: `c${i}`, headline: `Group ${i}`, order: i })),
      notes: notes.map((n, i) => ({
        id: `n${i}`,
        zoneId: n.zone < 0 ? null : `z${n.zone}`,
        clusterId: n.cluster < 0 ? null : `c${n.cluster}`,
        text: n.text.join(' '),
      })),
      measure,
    }));
}

const boards = boardsOf(10, 4, { min: 0, max: 50 });
/** Few zones and many notes: zones wider than one lane of card columns, groups side by side. */
const bigBoards = boardsOf(2, 12, { min: 60, max: 260 });

/** A board like the benchmark's (scripts/bench/board/sessionOfSize.ts): three empty zones, every note outside them, one in ten in groups of five. */
function benchmarkBoard(count: number, screen: { width: number; height: number }): PresentationInput {
  // Sentences as long as the benchmark's (45–65 characters), each numbered.
  const phrases = [
    'Home visits alone after dark worry the newer staff most',
    'Patients like seeing the same nurse every week',
    'Shared records would stop families repeating their history',
    'Rural routes eat into the time we have for care',
  ];
  const clusters = Array.from({ length: Math.floor(count / 50) }, (_, i) => ({
    id: `c${i}`,
    headline: `Theme ${i + 1}`,
    order: i,
  }));
  return {
    screen,
    zones: ['Benefits', 'Risks', 'Questions'].map((label, i) => ({ id: `z${i}`, label, order: i })),
    clusters,
    notes: Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      zoneId: null,
      clusterId: i % 50 < 5 && i / 50 < clusters.length ? `c${Math.floor(i / 50)}` : null,
      text: `${phrases[i % phrases.length]} (${i})`,
    })),
    measure,
  };
}

/** The pairs of rects that overlap, found by a sweep along x (a board of thousands of cards has millions of pairs). */
function overlapping<T extends Rect & { id: string }>(rects: readonly T[], others: readonly T[] = rects): string[] {
  const found: string[] = [];
  const byX = [...others].sort((a, b) => a.x - b.x);
  for (const a of rects) {
    for (const b of byX) {
      if (b.x >= a.x + a.width) break;
      if (a !== b && (rects !== others || a.id < b.id) && overlaps(a, b)) found.push(`${a.id} and ${b.id}`);
    }
  }
  return found;
}

/** Every note once, whole, inside its own zone, overlapping nothing, all within the screen. */
function expectWholeAndClear(input: PresentationInput, p: Presentation) {
  expect(p.cards.map((c) => c.id).sort()).toEqual(input.notes.map((n) => n.id).sort());
  const noteOf = new Map(input.notes.map((n) => [n.id, n]));
  const zoneOf = new Map(p.zones.map((z) => [z.id, z]));
  const wrong: string[] = [];
  for (const card of p.cards) {
    const note = noteOf.get(card.id)!;
    const said = card.lines.join(' ').split(/\s+/).filter(Boolean).join(' ');
    if (said !== note.text.split(/\s+/).filter(Boolean).join(' ')) wrong.push(`${card.id} reads "${said}"`);
    const known = input.zones.some((z) => z.id === note.zoneId);
    if (!inside(card, zoneOf.get(known ? note.zoneId! : '\u0000other')!)) wrong.push(`${card.id} outside its zone`);
  }
  expect(wrong).toEqual([]);
  expect(overlapping(p.cards)).toEqual([]);
  expect(overlapping(p.zones)).toEqual([]);
  // Drawn at its scale, the content fits the screen.
  expect(p.size.width * p.scale).toBeLessThanOrEqual(input.screen.width + 1e-6);
  expect(p.size.height * p.scale).toBeLessThanOrEqual(input.screen.height + 1e-6);
}

/** Each group's frame around its own notes, clear of every other note, every other group and zone headers. */
function expectFramesClear(input: PresentationInput, p: Presentation) {
  const clusterOf = new Map(input.notes.map((n) => [n.id, n.clusterId]));
  const wrong: string[] = [];
  for (const group of p.groups) {
    for (const card of p.cards) {
      if (clusterOf.get(card.id) === group.id && inside(card, group)) continue;
      if (overlaps(card, group)) wrong.push(`${card.id} and group ${group.id}`);
    }
    for (const zone of p.zones)
      if (overlaps(group, { ...zone, height: zone.header })) wrong.push(`group ${group.id} on a header`);
  }
  expect(wrong).toEqual([]);
  expect(overlapping(p.groups)).toEqual([]);
}

describe('the presentation layout', () => {
  it('shows every note once, whole, inside its own zone, overlapping nothing, within the screen', () => {
    fc.assert(
      fc.property(boards, (input) => expectWholeAndClear(input, presentBoard(input))),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(bigBoards, (input) => expectWholeAndClear(input, presentBoard(input))),
      { numRuns: 40 },
    );
  });

  it('frames each group around its own notes, clear of every other note, group and zone header', () => {
    fc.assert(
      fc.property(boards, (input) => expectFramesClear(input, presentBoard(input))),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(bigBoards, (input) => expectFramesClear(input, presentBoard(input))),
      { numRuns: 40 },
    );
  });

  it('never draws the text smaller than zones of at most six card columns would', () => {
    fc.assert(
      fc.property(fc.oneof(boards, bigBoards), (input) => {
        const sixColumns = presentBoard({ ...input, maxCardColumns: 6 });
        expect(sixColumns.arrangement.cardColumns).toBeLessThanOrEqual(6);
        expect(smallestTextPx(presentBoard(input))).toBeGreaterThanOrEqual(smallestTextPx(sixColumns) - 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('fills a 1280 × 800 screen with 2,000 notes outside the zones, its text four times larger than six columns draw it', () => {
    const input = benchmarkBoard(2000, { width: 1280, height: 800 });
    const p = presentBoard(input);
    const sixColumns = presentBoard({ ...input, maxCardColumns: 6 });
    // Six columns made a strip a tenth of the screen wide, its text 0.6 px high.
    expect((sixColumns.size.width * sixColumns.scale) / 1280).toBeLessThan(0.15);
    expect((p.size.width * p.scale) / 1280).toBeGreaterThan(0.9);
    expect((p.size.height * p.scale) / 800).toBeGreaterThan(0.9);
    expect(smallestTextPx(p)).toBeGreaterThan(4 * smallestTextPx(sixColumns));
    expect(smallestTextPx(p)).toBeGreaterThan(2);
    expectWholeAndClear(input, p);
    expectFramesClear(input, p);
  });

  it('draws thirty notes at 18 px or more on a 1366 × 768 projector, as a grid when the zones are many', () => {
    const texts = ['Lone working on home visits', 'More autonomy, closer relationships with patients', 'Parking'];
    for (const zoneCount of [2, 3, 4, 8]) {
      const zones = Array.from({ length: zoneCount }, (_, i) => ({ id: `z${i}`, label: `Zone ${i}`, order: i }));
      const notes = Array.from({ length: 30 }, (_, i) => ({
        id: `n${i}`,
        zoneId: `z${i % zoneCount}`,
        clusterId: null,
        text: texts[i % texts.length],
      }));
      const p = presentBoard({ screen: { width: 1350, height: 660 }, zones, notes, clusters: [], measure });
      expect(smallestTextPx(p), `${zoneCount} zones`).toBeGreaterThanOrEqual(18);
      if (zoneCount === 8) expect(p.arrangement.rows).toBeGreaterThan(1);
    }
  });

  it('pages the reference deck by what fits', () => {
    expect(deckPage(40, { width: 1300, height: 600 }, 0)).toEqual({ first: 0, perPage: 12, page: 0, pages: 4 });
    expect(deckPage(40, { width: 1300, height: 600 }, 9).page).toBe(3);
    expect(deckPage(0, { width: 0, height: 0 }, 0)).toEqual({ first: 0, perPage: 1, page: 0, pages: 1 });
  });

  it('shows only the prompt lines the title does not already say', () => {
    expect(promptToShow('Exercise 1: What helps?', 'What helps?')).toBeNull();
    expect(promptToShow('Exercise 1: Benefits and risks', 'What are the benefits?')).toBe('What are the benefits?');
    expect(promptToShow('Group 4: What would need to be true?', 'What would need to be true?\nWhat is local?')).toBe(
      'What is local?',
    );
  });
});
