import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  presentationMemo,
  presentBoard,
  type PresentationInput,
  type PresentNote,
} from '../../../shared/layout/presentation';

// Presenter mode lays its board out again after each change with the last layout's memo, so a
// note added to one zone lays out that zone alone. Whatever the edits, the result must be the
// full layout's, field for field.

const measure = (text: string) => text.length * 7.3;
const words = fc.constantFrom('care', 'travel', 'autonomy', 'lone', 'working', 'IT', 'shared records', '');
const text = fc.array(words, { maxLength: 12 }).map((w) => w.join(' '));
const zoneRef = fc.integer({ min: -1, max: 5 });
const clusterRef = fc.integer({ min: -1, max: 3 });

const boardOf = (notes: { minLength: number; maxLength: number }) =>
  fc.record({
    zoneCount: fc.integer({ min: 0, max: 5 }),
    clusterCount: fc.integer({ min: 0, max: 3 }),
    notes: fc.array(fc.record({ zone: zoneRef, cluster: clusterRef, text }), notes),
    width: fc.integer({ min: 320, max: 2560 }),
    height: fc.integer({ min: 240, max: 1440 }),
  });
const board = boardOf({ minLength: 0, maxLength: 40 });
/** Enough notes in a zone for it to take more than one lane of card columns. */
const bigBoard = boardOf({ minLength: 80, maxLength: 200 });

/** One change a live session makes to what presenter mode shows. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), zone: zoneRef, cluster: clusterRef, text }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), zone: zoneRef }),
  fc.record({ kind: fc.constant('retext' as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant('regroup' as const), at: fc.nat(), cluster: clusterRef }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('relabel' as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant('headline' as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant('reorder' as const), at: fc.nat(), order: fc.integer({ min: -3, max: 8 }) }),
  fc.record({ kind: fc.constant('resize' as const), width: fc.integer({ min: 320, max: 2560 }) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

const zoneId = (i: number) => (i < 0 ? null : `z${i}`);
const clusterId = (i: number) => (i < 0 ? null : `c${i}`);

function applyEdit(input: PresentationInput, e: Edit, serial: number): PresentationInput {
  const notes = [...input.notes];
  const zones = [...input.zones];
  const clusters = [...input.clusters];
  const note = (at: number): PresentNote | undefined => notes[at % Math.max(1, notes.length)];
  switch (e.kind) {
    case 'add':
      notes.push({ id: `added${serial}`, zoneId: zoneId(e.zone), clusterId: clusterId(e.cluster), text: e.text });
      break;
    case 'move':
      if (note(e.at)) notes[e.at % notes.length] = { ...note(e.at)!, zoneId: zoneId(e.zone) };
      break;
    case 'retext':
      if (note(e.at)) notes[e.at % notes.length] = { ...note(e.at)!, text: e.text };
      break;
    case 'regroup':
      if (note(e.at)) notes[e.at % notes.length] = { ...note(e.at)!, clusterId: clusterId(e.cluster) };
      break;
    case 'remove':
      if (notes.length) notes.splice(e.at % notes.length, 1);
      break;
    case 'relabel':
      if (zones.length) zones[e.at % zones.length] = { ...zones[e.at % zones.length], label: e.text };
      break;
    case 'headline':
      if (clusters.length) clusters[e.at % clusters.length] = { ...clusters[e.at % clusters.length], headline: e.text };
      break;
    case 'reorder':
      if (zones.length) zones[e.at % zones.length] = { ...zones[e.at % zones.length], order: e.order };
      else if (clusters.length)
        clusters[e.at % clusters.length] = { ...clusters[e.at % clusters.length], order: e.order };
      break;
    case 'resize':
      return { ...input, screen: { ...input.screen, width: e.width } };
  }
  return { ...input, notes, zones, clusters };
}

describe('presentBoard with the last layout kept', () => {
  it('lays out every edited board as the full layout does', () => {
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: board, weight: 4 }, bigBoard),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (b, edits) => {
          let input: PresentationInput = {
            screen: { width: b.width, height: b.height },
            zones: Array.from({ length: b.zoneCount }, (_, i) => ({
              id: `z${i}`,
              label: `Zone ${i} of the board`,
              order: i,
            })),
            clusters: Array.from({ length: b.clusterCount }, (_, i) => ({
              id: `c${i}`,
              headline: `Group ${i}`,
              order: i,
            })),
            notes: b.notes.map((n, i) => ({
              id: `n${i}`,
              zoneId: zoneId(n.zone),
              clusterId: clusterId(n.cluster),
              text: n.text,
            })),
            measure,
          };
          const memo = presentationMemo();
          expect(presentBoard(input, memo)).toEqual(presentBoard(input));
          edits.forEach((e, serial) => {
            input = applyEdit(input, e, serial);
            expect(presentBoard(input, memo)).toEqual(presentBoard(input));
          });
        },
      ),
    );
  });

  it('lays out again when the fonts measure text differently', () => {
    const notes = [{ id: 'a', zoneId: null, clusterId: null, text: 'shared records travel autonomy lone working' }];
    const input = { screen: { width: 400, height: 300 }, zones: [], clusters: [], notes, measure };
    const memo = presentationMemo();
    presentBoard(input, memo);
    const wider = { ...input, measure: (t: string) => t.length * 20 };
    expect(presentBoard(wider, memo)).toEqual(presentBoard(wider));
    expect(presentBoard(wider, memo)).not.toEqual(presentBoard(input));
  });
});
