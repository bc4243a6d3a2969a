import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../shared/document/geometry';
import {
  LOOK_AHEAD,
  TILE,
  tileArea,
  tilesCovering,
  tilesKept,
  tilesWanted,
  type TileRange,
} from '../../../renderer/src/board/tiles';

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

// Tiles within LOOK_AHEAD device pixels of the view are drawn ahead of a pan (layerCache.ts); a
// tile is let go once it lies a further tile away. So a pan shorter than LOOK_AHEAD finds every
// tile it shows drawn, and a tile let go is not wanted again before the view comes back a tile.
describe('tiles wanted and kept around the view', () => {
  const view = fc.record({
    x: fc.double({ min: -20_000, max: 20_000, noNaN: true }),
    y: fc.double({ min: -20_000, max: 20_000, noNaN: true }),
    width: fc.double({ min: 10, max: 5_000, noNaN: true }),
    height: fc.double({ min: 10, max: 5_000, noNaN: true }),
  });
  const k = fc.double({ min: 0.1, max: 8, noNaN: true });
  const within = (inner: TileRange, outer: TileRange) =>
    inner.i0 >= outer.i0 && inner.i1 <= outer.i1 && inner.j0 >= outer.j0 && inner.j1 <= outer.j1;
  const moved = (v: Rect, dx: number, dy: number, k: number) => ({ ...v, x: v.x + dx / k, y: v.y + dy / k });

  it('has drawn every tile a pan of less than LOOK_AHEAD device pixels shows', () => {
    const pan = fc.double({ min: -LOOK_AHEAD + 0.01, max: LOOK_AHEAD - 0.01, noNaN: true });
    fc.assert(
      fc.property(view, k, pan, pan, (v, k, dx, dy) => {
        expect(within(tilesCovering(moved(v, dx, dy, k), k), tilesWanted(v, k))).toBe(true);
      }),
    );
  });

  it('keeps every tile wanted, and does not want again a tile let go before the view comes back a tile', () => {
    const pan = fc.double({ min: -TILE + 0.01, max: TILE - 0.01, noNaN: true });
    fc.assert(
      fc.property(view, k, pan, pan, (v, k, dx, dy) => {
        expect(within(tilesWanted(v, k), tilesKept(v, k))).toBe(true);
        expect(within(tilesWanted(moved(v, dx, dy, k), k), tilesKept(v, k))).toBe(true);
      }),
    );
  });
});
