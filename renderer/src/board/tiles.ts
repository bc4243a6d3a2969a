import type Konva from 'konva';
import type { SceneCanvas as KonvaCanvas } from 'konva/lib/Canvas';
import type { Rect } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import { itemsTouching, noteBounds } from './spatialIndex';

/**
 * The grid of bitmap tiles a cached group of the board is kept in (see layerCache.ts).
 *
 * Tiles are squares of TILE device pixels on a grid fixed to the board at one zoom: tile
 * (i, j) holds the board drawn at `k` device pixels per board unit, from device pixel
 * (i·TILE, j·TILE) of the board's origin. With the view's offset on whole device pixels, a
 * tile is copied 1:1 and looks exactly as if its shapes had been drawn straight onto the canvas.
 */
export const TILE = 256;

/** Indices of the tiles covering a board area at `k` device pixels per board unit, both ends included. */
export interface TileRange {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

export function tilesCovering(area: Rect, k: number): TileRange {
  // A hair inside the far edge, so an area ending on a tile's edge does not take the next tile.
  const eps = 1e-6;
  return {
    i0: Math.floor((area.x * k) / TILE + eps),
    i1: Math.ceil(((area.x + area.width) * k) / TILE - eps) - 1,
    j0: Math.floor((area.y * k) / TILE + eps),
    j1: Math.ceil(((area.y + area.height) * k) / TILE - eps) - 1,
  };
}

/** The board area tile (i, j) covers at `k` device pixels per board unit. */
export function tileArea(i: number, j: number, k: number): Rect {
  return { x: (i * TILE) / k, y: (j * TILE) / k, width: TILE / k, height: TILE / k };
}

/**
 * How far beyond the view, in device pixels, tiles are kept drawn (in idle time). A pan of
 * less than this finds every tile it shows already drawn; a tile further out is drawn only
 * once the view comes this close to it, so a small pan draws nothing.
 */
export const LOOK_AHEAD = 192;

/** An area grown by `px` device pixels on every side, at `k` device pixels per board unit. */
function grown(area: Rect, px: number, k: number): Rect {
  const d = px / k;
  return { x: area.x - d, y: area.y - d, width: area.width + 2 * d, height: area.height + 2 * d };
}

/** The tiles to have drawn for a view: those within LOOK_AHEAD device pixels of it. */
export function tilesWanted(view: Rect, k: number): TileRange {
  return tilesCovering(grown(view, LOOK_AHEAD, k), k);
}

/** The tiles to keep for a view: those wanted, and a tile further on every side, so panning back and forth does not draw them again. */
export function tilesKept(view: Rect, k: number): TileRange {
  return tilesCovering(grown(view, LOOK_AHEAD + TILE, k), k);
}

export function inRange(r: TileRange, i: number, j: number): boolean {
  return i >= r.i0 && i <= r.i1 && j >= r.j0 && j <= r.j1;
}

/** Whether a node draws nothing: hidden, or a group of such nodes. */
export function blank(node: Konva.Node): boolean {
  if (!node.visible()) return true;
  const children = (node as Konva.Container).getChildren?.();
  return !!children && children.every(blank);
}

let drawing: Rect | null = null;

/**
 * Whether a board rectangle falls in the area being drawn now (a tile, or the view when a
 * group is drawn directly). Always true outside such a drawing.
 */
export function inDrawnArea(x: number, y: number, width: number, height: number): boolean {
  const a = drawing;
  return !a || (x <= a.x + a.width && x + width >= a.x && y <= a.y + a.height && y + height >= a.y);
}

/** Runs `draw` with `area` as the area being drawn (what drawnItems and inDrawnArea answer to). */
export function withDrawnArea<T>(area: Rect | null, draw: () => T): T {
  const outer = drawing;
  drawing = area;
  try {
    return draw();
  } finally {
    drawing = outer;
  }
}

/**
 * The items (in their order) a shape that draws many things in one pass (the notes when
 * zoomed out, vote badges, groups' frames, links) is to draw now: those whose box, grown by
 * `pad` board units (for what is drawn beyond it), touches the area being drawn, found through
 * a spatial index, so a tile costs what lies in it; all of them outside a tile's drawing.
 * `boundsOf` must be the same function on each call (the index is kept per function and list).
 */
export function drawnItems<T>(items: readonly T[], boundsOf: (item: T) => Rect, pad = 0): readonly T[] {
  const a = drawing;
  if (!a) return items;
  return itemsTouching(items, boundsOf, {
    x: a.x - pad,
    y: a.y - pad,
    width: a.width + 2 * pad,
    height: a.height + 2 * pad,
  });
}

/** The notes to draw now, as drawnItems, `pad` board units around each note's rectangle. */
export function drawnNotes(notes: readonly Note[], pad = 0): readonly Note[] {
  return drawnItems(notes, noteBounds, pad);
}

/** How far beyond its box a note's drawing can reach (shadow, selection outline), in board units at zoom `scale`. */
function notePad(scale: number): number {
  return 4 + 8 / scale;
}

/**
 * Draws `group`'s children over `area` only: a child shape or group with a size (a note, a
 * zone) that lies wholly outside is skipped, and many-in-one shapes draw only their drawnItems. `top` as for
 * Konva's drawScene (the group itself for a tile, undefined on the layer's own canvas).
 */
export function drawChildrenOver(
  group: Konva.Group,
  canvas: KonvaCanvas,
  area: Rect,
  scale: number,
  top: Konva.Node | undefined,
): void {
  const pad = notePad(scale);
  const left = area.x - pad;
  const right = area.x + area.width + pad;
  const upper = area.y - pad;
  const lower = area.y + area.height + pad;
  withDrawnArea(area, () => {
    for (const child of group.getChildren()) {
      const a = child.attrs as { x?: number; y?: number; width?: number; height?: number };
      if (a.width && a.height && (child.nodeType === 'Shape' || child.nodeType === 'Group')) {
        const x = a.x ?? 0;
        const y = a.y ?? 0;
        if (x > right || x + a.width < left || y > lower || y + a.height < upper) continue;
      }
      child.drawScene(canvas, top as Konva.Container | undefined);
    }
  });
}

type CanvasClass = new (config: { width: number; height: number; pixelRatio: number }) => KonvaCanvas;

/** The 2D context's calls that put ink on a canvas. */
const INK = [
  'fill',
  'stroke',
  'fillRect',
  'strokeRect',
  'fillText',
  'strokeText',
  'drawImage',
  'putImageData',
] as const;

/** Tile canvases, reused: making a canvas costs more than clearing one. Each tells whether anything was drawn into it. */
export class TilePool {
  private free: KonvaCanvas[] = [];
  private readonly ink = new WeakMap<KonvaCanvas, { on: boolean }>();
  constructor(
    private readonly make: CanvasClass,
    private readonly keep = 48,
  ) {}

  take(): KonvaCanvas {
    let canvas = this.free.pop();
    if (!canvas) {
      canvas = new this.make({ width: TILE, height: TILE, pixelRatio: 1 });
      const mark = { on: false };
      const native = canvas.getContext()._context as unknown as Record<string, (...a: unknown[]) => unknown>;
      for (const name of INK) {
        const own = native[name];
        native[name] = function (this: unknown, ...args: unknown[]) {
          mark.on = true;
          return own.apply(this, args);
        };
      }
      this.ink.set(canvas, mark);
    }
    const ctx = canvas.getContext()._context;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, TILE, TILE);
    this.ink.get(canvas)!.on = false;
    return canvas;
  }

  /** Whether anything was drawn into `canvas` since it was taken. */
  inked(canvas: KonvaCanvas): boolean {
    return this.ink.get(canvas)?.on ?? true;
  }

  give(canvas: KonvaCanvas): void {
    if (this.free.length < this.keep) this.free.push(canvas);
    else {
      // Chromium holds a canvas's memory until its size is zero.
      canvas._canvas.width = 0;
      canvas._canvas.height = 0;
    }
  }
}

/** Draws tile (i, j) of `group` at `k` device pixels per board unit (zoom `scale`) into a canvas from `pool`. */
export function drawTile(
  group: Konva.Group,
  pool: TilePool,
  i: number,
  j: number,
  k: number,
  scale: number,
): KonvaCanvas {
  const canvas = pool.take();
  const ctx = canvas.getContext();
  ctx.save();
  ctx._context.setTransform(k, 0, 0, k, -i * TILE, -j * TILE);
  try {
    drawChildrenOver(group, canvas, tileArea(i, j, k), scale, group);
  } finally {
    ctx.restore();
  }
  return canvas;
}
