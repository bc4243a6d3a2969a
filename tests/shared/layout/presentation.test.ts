import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rectsIntersect, type Rect } from '../../../shared/document/geometry';
import { presentBoard, smallestTextPx, type PresentationInput } from '../../../shared/layout/presentation';
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

const boards = fc
  .record({
    zoneCount: fc.integer({ min: 0, max: 10 }),
    clusterCount: fc.integer({ min: 0, max: 4 }),
    notes: fc.array(
      fc.record({
        zone: fc.integer({ min: -1, max: 10 }),
        cluster: fc.integer({ min: -1, max: 4 }),
        text: fc.array(fc.constantFrom('care', 'travel', 'autonomy', 'lone', 'working', 'IT', 'shared records'), {
          maxLength: 16,
        }),
      }),
      { maxLength: 50 },
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

describe('the presentation layout', () => {
  it('shows every note once, whole, inside its own zone, overlapping nothing, within the screen', () => {
    fc.assert(
      fc.property(boards, (input) => {
        const p = presentBoard(input);
        expect(p.cards.map((c) => c.id).sort()).toEqual(input.notes.map((n) => n.id).sort());
        for (const card of p.cards) {
          const note = input.notes.find((n) => n.id === card.id)!;
          expect(card.lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(note.text.split(/\s+/).filter(Boolean));
          const known = input.zones.some((z) => z.id === note.zoneId);
          const zone = p.zones.find((z) => z.id === (known ? note.zoneId : '\u0000other'))!;
          expect(inside(card, zone)).toBe(true);
        }
        for (const [i, a] of p.cards.entries())
          for (const b of p.cards.slice(i + 1)) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false);
        for (const [i, a] of p.zones.entries())
          for (const b of p.zones.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
        // Drawn at its scale, the content fits the screen.
        expect(p.size.width * p.scale).toBeLessThanOrEqual(input.screen.width + 1e-6);
        expect(p.size.height * p.scale).toBeLessThanOrEqual(input.screen.height + 1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it('frames each group around its own notes, clear of every other note and of zone headers', () => {
    fc.assert(
      fc.property(boards, (input) => {
        const p = presentBoard(input);
        const clusterOf = new Map(input.notes.map((n) => [n.id, n.clusterId]));
        for (const group of p.groups) {
          for (const card of p.cards) {
            if (clusterOf.get(card.id) === group.id && inside(card, group)) continue;
            expect(overlaps(card, group), `${card.id} and group ${group.id}`).toBe(false);
          }
          for (const zone of p.zones)
            expect(overlaps(group, { ...zone, height: zone.header }), `group ${group.id} on a header`).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
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
