import type Konva from 'konva';
import type { SceneCanvas as KonvaCanvas } from 'konva/lib/Canvas';
import type { Rect } from '../../../shared/document/geometry';
import { contains } from './culling';
import { drawTile, tileArea, type TilePool } from './tiles';

/** One bitmap tile of a cached group (see layerCache.ts). */
export interface Tile {
  /** Null when nothing reached the tile: there is nothing to copy. */
  canvas: KonvaCanvas | null;
  /** Drawn wholly inside the mounted drawn area. */
  complete: boolean;
  area: Rect;
  i: number;
  j: number;
}

/** One cached group's state. */
export class GroupTiles {
  dirty = true;
  /** Changed by a recull only: tiles inside the new drawn area stay. */
  reculled = false;
  lastChange = -Infinity;
  directUntil = 0;
  k = NaN;
  tiles = new Map<string, Tile>();
  /** The tiles at the zoom before, shown scaled where a new tile is not drawn yet (tilesAfterZoom.ts). */
  previous: { k: number; tiles: Map<string, Tile> } | null = null;
  /** This frame: the missing tiles in view to draw (null: all of them), and those the previous tiles stand in for. */
  now: Set<string> | null = null;
  deferred: { i: number; j: number }[] = [];
  constructor(
    readonly group: Konva.Group,
    private readonly pool: TilePool,
  ) {}

  drop(keep: (tile: Tile) => boolean = () => false): void {
    for (const [key, tile] of this.tiles)
      if (!keep(tile)) {
        if (tile.canvas) this.pool.give(tile.canvas);
        this.tiles.delete(key);
      }
  }

  dropPrevious(): void {
    for (const tile of this.previous?.tiles.values() ?? []) if (tile.canvas) this.pool.give(tile.canvas);
    this.previous = null;
  }

  /** The zoom changed: the tiles drawn so far stand in until the new ones are drawn (the fuller set, if a zoom comes mid-way). */
  zoomed(k: number): void {
    if (this.tiles.size > 0 && this.tiles.size >= (this.previous?.tiles.size ?? 0)) {
      this.dropPrevious();
      this.previous = { k: this.k, tiles: this.tiles };
      this.tiles = new Map();
    } else this.drop();
    this.k = k;
  }

  draw(i: number, j: number, scale: number, mounted: Rect | null): Tile {
    const area = tileArea(i, j, this.k);
    let canvas: KonvaCanvas | null = drawTile(this.group, this.pool, i, j, this.k, scale);
    if (!this.pool.inked(canvas)) {
      // Most tiles of a zoomed-out view hold nothing: none is kept or copied.
      this.pool.give(canvas);
      canvas = null;
    }
    const tile = {
      canvas,
      complete: !!mounted && contains(mounted, area),
      area,
      i,
      j,
    };
    const key = `${i},${j}`;
    const old = this.tiles.get(key);
    if (old?.canvas) this.pool.give(old.canvas);
    this.tiles.set(key, tile);
    return tile;
  }
}
