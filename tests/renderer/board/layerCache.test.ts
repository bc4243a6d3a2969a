import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TILE, tileArea, tilesCovering } from '../../../renderer/src/board/tiles';

// The board's groups are kept as tiles of TILE device pixels (renderer/src/board/tiles.ts): a
// pan frame copies the tiles covering the view, so they must cover all of it, and a tile that
// does not touch the view would be drawn for nothing.
describe('tilesCovering', () => {
  it('covers the whole area with tiles that each touch it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50_000, max: 50_000, noNaN: true }),
        fc.double({ min: -50_000, max: 50_000, noNaN: true }),
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.double({ min: 0.1, max: 8, noNaN: true }),
        (x, y, width, height, k) => {
          const area = { x, y, width, height };
          const r = tilesCovering(area, k);
          const first = tileArea(r.i0, r.j0, k);
          const last = tileArea(r.i1, r.j1, k);
          const slack = 1e-3 / k;
          expect(first.x).toBeLessThanOrEqual(x + slack);
          expect(first.y).toBeLessThanOrEqual(y + slack);
          expect(last.x + last.width).toBeGreaterThanOrEqual(x + width - slack);
          expect(last.y + last.height).toBeGreaterThanOrEqual(y + height - slack);
          expect(first.x + first.width).toBeGreaterThan(x);
          expect(last.x).toBeLessThan(x + width);
          expect(first.y + first.height).toBeGreaterThan(y);
          expect(last.y).toBeLessThan(y + height);
        },
      ),
    );
  });

  it('puts tile corners on whole device pixels of the board', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 500 }), fc.double({ min: 0.1, max: 8, noNaN: true }), (i, k) => {
        const device = tileArea(i, 0, k).x * k;
        expect(Math.abs(device - i * TILE)).toBeLessThan(1e-6 * Math.max(1, Math.abs(device)));
      }),
    );
  });
});
