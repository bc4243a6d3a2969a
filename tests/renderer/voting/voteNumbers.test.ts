import fc from 'fast-check';
import type Konva from 'konva';
import type { SceneCanvas } from 'konva/lib/Canvas';
import { expect, it } from 'vitest';
import type { Note } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import { drawChildrenOver } from '../../../renderer/src/board/tiles';
import { drawNumbers } from '../../../renderer/src/voting/VoteLayer';
import { participantNote } from '../../helpers/sessions';

// While voting is on, every note of the table carries its number, all drawn by one shape. The
// board keeps its groups as bitmap tiles (renderer/src/board/tiles.ts) and draws that shape
// again for each tile: each tile must draw the numbers that reach into it, and no others (at
// 5,000 notes every tile drew all 5,000, which made the board's first tiled frame 2-3x dearer).

const paint = { badge: '#123456', badgeText: '#ffffff', track: '#cccccc' };
const NUMBER_RADIUS = 13;

/** The numbers drawn when the shape is drawn over `area`, through the tiles' own drawing. */
function numbersDrawnOver(area: { x: number; y: number; width: number; height: number }, notes: Note[], k: number) {
  const drawn: string[] = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key === 'fillText' ? (text: string) => drawn.push(text) : (target[key] ?? (() => {}))),
    set: (target, key, value) => ((target[key] = value), true),
  }) as unknown as Konva.Context;
  const numbers = new Map<NoteId, number>(notes.map((n, i) => [n.id, i + 1]));
  const shape = { attrs: {}, nodeType: 'Shape', drawScene: () => drawNumbers(ctx, notes, numbers, paint, k) };
  const group = { getChildren: () => [shape] } as unknown as Konva.Group;
  drawChildrenOver(group, {} as SceneCanvas, area, 1, undefined);
  return new Set(drawn);
}

it('draws, over a tile, the numbers whose rings reach into it and none far from it', () => {
  const point = fc.integer({ min: -3000, max: 3000 });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(point, point), { minLength: 1, maxLength: 40 }),
      fc.record({
        x: point,
        y: point,
        width: fc.integer({ min: 1, max: 1500 }),
        height: fc.integer({ min: 1, max: 1500 }),
      }),
      fc.constantFrom(1, 1.6, 2.2),
      (spots, area, k) => {
        const notes = spots.map(([x, y]) => participantNote('board:b' as BoardId, '', x, y));
        const drawn = numbersDrawnOver(area, notes, k);
        notes.forEach((note, i) => {
          // The ring's centre, and how far its circle and stroke reach (a two-digit number's ring is wider).
          const cx = note.x + 2;
          const cy = note.y + 2;
          const reach = NUMBER_RADIUS * k + (i + 1 > 9 ? 2 * k : 0) + k;
          const dx = Math.max(area.x - cx, 0, cx - (area.x + area.width));
          const dy = Math.max(area.y - cy, 0, cy - (area.y + area.height));
          if (dx <= reach && dy <= reach) expect(drawn.has(String(i + 1))).toBe(true);
          if (Math.max(dx, dy) > 100) expect(drawn.has(String(i + 1))).toBe(false);
        });
      },
    ),
  );
});
