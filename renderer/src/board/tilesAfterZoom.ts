import type { SceneCanvas as KonvaCanvas } from 'konva/lib/Canvas';
import type { Rect } from '../../../shared/document/geometry';
import { TILE, tileArea, tilesCovering, type TileRange } from './tiles';

/**
 * After a zoom, a group's tiles must all be drawn again at the new zoom; drawing every tile in
 * view in the first frame after the zoom settles made that frame several times the budget.
 * Instead the tiles drawn at the zoom before (the previous tiles) are kept until the new ones
 * are done, and each frame draws at most TILES_PER_FRAME new tiles, nearest the view's centre
 * first; where a new tile is not drawn yet, the previous tiles are shown scaled to the new zoom.
 * A tile with no previous tile to stand in for it (what the view had not reached before the
 * zoom) is drawn at once, as is every tile after a change of content (the previous tiles would
 * show what was there before). Once settled, the board is only ever drawn from the new tiles.
 */

/** New tiles drawn in one frame, when previous tiles can stand in for the rest. */
export const TILES_PER_FRAME = 6;

/** A tile's bitmap, or null for a tile nothing reached. */
export interface TileBitmap {
  canvas: KonvaCanvas | null;
}

/** The tiles a group had at the zoom before, at `k` device pixels per board unit. */
export interface PreviousTiles {
  k: number;
  tiles: ReadonlyMap<string, TileBitmap>;
}

function each(r: TileRange, visit: (i: number, j: number) => boolean | void): boolean {
  for (let j = r.j0; j <= r.j1; j++) for (let i = r.i0; i <= r.i1; i++) if (visit(i, j) === false) return false;
  return true;
}

/** Whether the previous tiles hold all of a board area. */
export function previousCover(previous: PreviousTiles | null, area: Rect): boolean {
  if (!previous) return false;
  return each(tilesCovering(area, previous.k), (i, j) => previous.tiles.has(`${i},${j}`));
}

/** A tile not drawn at the current zoom, in view. */
export interface MissingTile {
  i: number;
  j: number;
  /** Whether the previous tiles can stand in for it. */
  covered: boolean;
  /** Distance from the view's centre, in tiles (squared). */
  d: number;
}

/**
 * Which of the missing tiles to draw this frame: every one with nothing to stand in for it,
 * then the nearest the view's centre up to TILES_PER_FRAME in all (over every group).
 */
export function tilesToDrawNow(missing: readonly MissingTile[]): Set<MissingTile> {
  const now = new Set(missing.filter((t) => !t.covered));
  const rest = missing.filter((t) => t.covered).sort((a, b) => a.d - b.d);
  for (const t of rest) {
    if (now.size >= TILES_PER_FRAME) break;
    now.add(t);
  }
  return now;
}

/** The tiles in `range` at `k` not in `tiles`, with whether `previous` stands in for each, and how far each is from the range's centre. */
export function missingTiles(
  range: TileRange,
  tiles: ReadonlyMap<string, unknown>,
  k: number,
  previous: PreviousTiles | null,
): MissingTile[] {
  const ci = (range.i0 + range.i1) / 2;
  const cj = (range.j0 + range.j1) / 2;
  const out: MissingTile[] = [];
  each(range, (i, j) => {
    if (tiles.has(`${i},${j}`)) return;
    out.push({ i, j, covered: previousCover(previous, tileArea(i, j, k)), d: (i - ci) ** 2 + (j - cj) ** 2 });
  });
  return out;
}

/**
 * Draws the previous tiles scaled to the current zoom (`k`, the view's offset `ox`, `oy` in
 * device pixels) over the given tiles of the current grid only, on a context in device pixels.
 */
export function drawPreviousOver(
  ctx: CanvasRenderingContext2D,
  previous: PreviousTiles,
  over: readonly { i: number; j: number }[],
  k: number,
  ox: number,
  oy: number,
): number {
  if (over.length === 0) return 0;
  const s = k / previous.k;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  ctx.save();
  ctx.beginPath();
  for (const { i, j } of over) {
    ctx.rect(i * TILE + ox, j * TILE + oy, TILE, TILE);
    x0 = Math.min(x0, i);
    y0 = Math.min(y0, j);
    x1 = Math.max(x1, i + 1);
    y1 = Math.max(y1, j + 1);
  }
  ctx.clip();
  let drawn = 0;
  const area = {
    x: (x0 * TILE) / k,
    y: (y0 * TILE) / k,
    width: ((x1 - x0) * TILE) / k,
    height: ((y1 - y0) * TILE) / k,
  };
  each(tilesCovering(area, previous.k), (i, j) => {
    const canvas = previous.tiles.get(`${i},${j}`)?.canvas;
    if (!canvas) return;
    ctx.drawImage(canvas._canvas, i * TILE * s + ox, j * TILE * s + oy, TILE * s, TILE * s);
    drawn++;
  });
  ctx.restore();
  return drawn;
}
