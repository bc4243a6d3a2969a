import type Konva from 'konva';
import type { SceneCanvas as KonvaCanvas } from 'konva/lib/Canvas';
import type { Rect } from '../../../shared/document/geometry';
import { contains } from './culling';
import { GroupTiles } from './groupTiles';
import {
  TILE,
  TilePool,
  drawChildrenOver,
  inRange,
  tileArea,
  tilesCovering,
  tilesKept,
  tilesWanted,
  blank,
} from './tiles';
import { drawPreviousOver, missingTiles, tilesToDrawNow, type MissingTile } from './tilesAfterZoom';

/**
 * Bitmap tiles of the board's groups while the view pans.
 *
 * Panning changes nothing but the stage's position, yet Konva redraws every shape on each
 * frame: at full size on a slow laptop that is twice the frame budget. Each group is
 * therefore kept as a grid of tiles (tiles.ts) at the current zoom; a pan frame copies the
 * tiles in view 1:1 onto whole device pixels and draws no shape. Tiles within LOOK_AHEAD
 * device pixels of the view are drawn in idle time, nearest the way the view is going first,
 * so a steady pan seldom waits for one and a small pan draws none; tiles a tile further out
 * than that are let go. A group with nothing to draw (most often, what is being dragged) has
 * no tiles.
 *
 * A tile is only trusted when it lies wholly inside the drawn area React had mounted when it
 * was drawn (see culling.ts): everything touching that area is mounted, so the tile is
 * complete. When React mounts a new drawn area and nothing else changed (a recull), the
 * tiles inside both areas are kept. Any other change of a group's content drops its tiles;
 * while the zoom or a group's content changes every frame (a drag, the selection band, a link
 * being drawn), that group is drawn directly, culled to the view, until it rests.
 */

/** Content that changes again within this time is drawn directly until it rests. */
const CHURN_MS = 120;
/** After this long without a change of content or zoom, a group drawn directly is tiled again. */
const SETTLE_MS = 150;

let viewOnly = false;

/** Applies a change of the view only (position or zoom): cached groups are not marked as changed by it. */
export function changeViewOnly(apply: () => void): void {
  viewOnly = true;
  try {
    apply();
  } finally {
    viewOnly = false;
  }
}

interface SubtreeObserver {
  _onSubtreeChange(): void;
}
/** Konva tells a node's subtree observers of every change below it (what its Transformer uses). */
interface Observable {
  _addSubtreeObserver?(observer: SubtreeObserver): void;
  _removeSubtreeObserver?(observer: SubtreeObserver): void;
}

type Draw = (canvas?: KonvaCanvas, top?: Konva.Node) => unknown;

/** What a layer's draw found about the view, shared by its groups. */
interface Frame {
  scale: number;
  /** Device pixels per board unit. */
  k: number;
  view: Rect;
  /** The view's offset in device pixels, whole. */
  ox: number;
  oy: number;
  zooming: boolean;
}

export interface CachedGroups {
  /** Marks every group changed (for what their shapes read when drawing, such as the theme). */
  changed(): void;
  /** React is committing the board; `recull` when the drawn area is all that changed, with the area mounted from now on. */
  beginCommit(mounted: Rect | null, recull: boolean): void;
  endCommit(): void;
  undo(): void;
}

/** Caches each of `groups` (all in one layer) as tiles as described above. */
export function cacheGroups(groups: readonly Konva.Group[]): CachedGroups {
  const layer = groups[0].getLayer()!;
  const pool = new TilePool(layer.getCanvas().constructor as ConstructorParameters<typeof TilePool>[0]);
  const caches = groups.map((group) => new GroupTiles(group, pool));
  let mounted: Rect | null = null;
  let committing: 'recull' | 'change' | null = null;
  const observers = caches.map((cache) => ({
    _onSubtreeChange: () => {
      if (viewOnly) return;
      if (committing === 'recull') cache.reculled = true;
      else cache.dirty = true;
    },
  }));
  const observable = caches.every((c) => (c.group as unknown as Observable)._addSubtreeObserver);
  const ownBatchDraw = layer.batchDraw;
  if (observable) caches.forEach((c, i) => (c.group as unknown as Observable)._addSubtreeObserver!(observers[i]));
  else
    // Without Konva's observers, any redraw the view did not ask for counts as a change of every group.
    layer.batchDraw = function batchDraw() {
      if (!viewOnly) for (const o of observers) o._onSubtreeChange();
      return ownBatchDraw.call(layer);
    };
  let settle: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      settle = undefined;
      ownBatchDraw.call(layer);
    }, SETTLE_MS);
  };

  /** Whether the main thread has been idle since the first draw (see drawGroup). */
  let opened = false;
  let lastScale = NaN;
  let zoomedAt = -Infinity;
  let frame: Frame | null = null;
  let lastView: Rect | null = null;
  let heading = { x: 0, y: 0 };
  const enabled = { on: true };
  // What was drawn, for tests and benchmarks: tiles drawn within a frame and ahead in idle
  // time, groups drawn directly, and tiles dropped by a change, a recull or a zoom.
  // Also: tiles left for a later frame after a zoom, and previous tiles copied scaled in their place.
  const counts = {
    frameTiles: 0,
    aheadTiles: 0,
    direct: 0,
    changes: 0,
    reculls: 0,
    zooms: 0,
    deferred: 0,
    fromPrevious: 0,
  };
  let pending = false;

  const beforeDraw = () => {
    const stage = layer.getStage();
    frame = null;
    if (!stage || !enabled.on) return;
    const now = performance.now();
    const scale = stage.scaleX();
    if (scale !== lastScale && !Number.isNaN(lastScale)) zoomedAt = now;
    lastScale = scale;
    const ratio = layer.getCanvas().getPixelRatio();
    const view = {
      x: -stage.x() / scale,
      y: -stage.y() / scale,
      width: stage.width() / scale,
      height: stage.height() / scale,
    };
    if (lastView) heading = { x: Math.sign(view.x - lastView.x), y: Math.sign(view.y - lastView.y) };
    lastView = view;
    const zooming = now - zoomedAt < SETTLE_MS;
    frame = {
      scale,
      k: scale * ratio,
      view,
      ox: Math.round(stage.x() * ratio),
      oy: Math.round(stage.y() * ratio),
      zooming,
    };
    for (const cache of caches) {
      cache.now = null;
      cache.deferred = [];
      if (cache.dirty) {
        counts.changes++;
        cache.dirty = false;
        cache.reculled = false;
        cache.drop();
        cache.dropPrevious();
        if (now - cache.lastChange < CHURN_MS) cache.directUntil = now + SETTLE_MS;
        cache.lastChange = now;
      } else if (cache.reculled) {
        counts.reculls++;
        cache.reculled = false;
        const area = mounted;
        cache.drop((t) => t.complete && !!area && contains(area, t.area));
      }
      if (cache.k !== frame.k) {
        if (!Number.isNaN(cache.k)) counts.zooms++;
        cache.zoomed(frame.k);
      }
    }
    if (!zooming) planTiles(frame, now);
    if (zooming || caches.some((c) => now + 1 < c.directUntil)) later();
  };

  // Which missing tiles in view each group draws this frame, and which wait (tilesAfterZoom.ts).
  const planTiles = (f: Frame, now: number) => {
    const range = tilesCovering(f.view, f.k);
    const missing: (MissingTile & { cache: GroupTiles })[] = [];
    for (const cache of caches) {
      if (now + 1 < cache.directUntil || blank(cache.group)) continue;
      cache.now = new Set();
      for (const t of missingTiles(range, cache.tiles, f.k, cache.previous)) missing.push({ ...t, cache });
    }
    const chosen = tilesToDrawNow(missing);
    for (const t of missing) {
      if (chosen.has(t)) t.cache.now!.add(`${t.i},${t.j}`);
      else t.cache.deferred.push(t);
    }
  };

  const drawGroup = (cache: GroupTiles, canvas: KonvaCanvas, f: Frame) => {
    if (blank(cache.group)) {
      cache.drop();
      return;
    }
    // The first frame after the board opens draws each group straight onto the canvas, culled to
    // the view (one pass over its shapes, not one per tile); its tiles follow in idle time.
    if (f.zooming || performance.now() + 1 < cache.directUntil || !opened) {
      counts.direct++;
      drawChildrenOver(cache.group, canvas, f.view, f.scale, undefined);
      return;
    }
    const range = tilesCovering(f.view, f.k);
    const ctx = canvas.getContext()._context;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    try {
      if (cache.previous && cache.deferred.length) {
        counts.deferred += cache.deferred.length;
        counts.fromPrevious += drawPreviousOver(ctx, cache.previous, cache.deferred, f.k, f.ox, f.oy);
      }
      for (let j = range.j0; j <= range.j1; j++)
        for (let i = range.i0; i <= range.i1; i++) {
          const key = `${i},${j}`;
          let tile = cache.tiles.get(key);
          if (!tile) {
            if (cache.now && !cache.now.has(key)) continue;
            counts.frameTiles++;
            tile = cache.draw(i, j, f.scale, mounted);
          }
          if (tile.canvas) ctx.drawImage(tile.canvas._canvas, i * TILE + f.ox, j * TILE + f.oy);
        }
    } finally {
      ctx.restore();
    }
    const kept = tilesKept(f.view, f.k);
    cache.drop((t) => inRange(kept, t.i, t.j));
    if (cache.deferred.length) pending = true;
    else cache.dropPrevious();
  };

  const owns = caches.map((cache) => {
    const own = cache.group.drawScene as unknown as Draw;
    const replacement = function (this: Konva.Group, canvas?: KonvaCanvas, top?: Konva.Node) {
      // Drawn elsewhere (an export, a test's snapshot) or not set up for this draw: as Konva would.
      if (!frame || !canvas || canvas !== layer.getCanvas() || top) return own.call(this, canvas, top);
      if (!this.isVisible()) return this;
      drawGroup(cache, canvas, frame);
      return this;
    };
    (cache.group as unknown as { drawScene: Draw }).drawScene = replacement;
    return own;
  });

  // Tiles just beyond the view, drawn while the main thread is idle (or soon after, if it never is).
  let idle: number | undefined;
  const ahead = () => {
    idle = undefined;
    const f = frame;
    if (!f || f.zooming || !mounted) return;
    const now = performance.now();
    const wanted: { cache: GroupTiles; i: number; j: number; d: number }[] = [];
    const range = tilesCovering(f.view, f.k);
    const ring = tilesWanted(f.view, f.k);
    const ci = (range.i0 + range.i1) / 2 + heading.x * (range.i1 - range.i0);
    const cj = (range.j0 + range.j1) / 2 + heading.y * (range.j1 - range.j0);
    for (const cache of caches) {
      if (now + 1 < cache.directUntil || cache.k !== f.k || cache.dirty || blank(cache.group)) continue;
      for (let j = ring.j0; j <= ring.j1; j++)
        for (let i = ring.i0; i <= ring.i1; i++) {
          if (cache.tiles.has(`${i},${j}`) || !contains(mounted, tileArea(i, j, f.k))) continue;
          wanted.push({ cache, i, j, d: (i - ci) ** 2 + (j - cj) ** 2 });
        }
    }
    wanted.sort((a, b) => a.d - b.d);
    return wanted;
  };
  const work = (deadline?: IdleDeadline) => {
    opened = true;
    const wanted = ahead();
    if (!wanted?.length || !frame) return;
    let drawn = 0;
    for (const w of wanted) {
      if (drawn > 0 && (!deadline || deadline.timeRemaining() < 4)) break;
      w.cache.draw(w.i, w.j, frame.scale, mounted);
      counts.aheadTiles++;
      drawn++;
    }
    if (wanted.length > drawn) schedule();
  };
  const schedule = () => {
    if (idle !== undefined) return;
    idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(work, { timeout: 60 })
        : (setTimeout(work, 16) as unknown as number);
  };
  const cancel = () => {
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else clearTimeout(idle);
    idle = undefined;
  };
  const afterDraw = () => {
    // Not for a hidden layer's draw (the board's, until it is first fitted to its view).
    if (frame && !frame.zooming && layer.isVisible()) schedule();
    // Tiles left for later after a zoom: the next frame draws more of them.
    if (pending) setTimeout(() => ownBatchDraw.call(layer), 0);
    pending = false;
  };

  layer.on('beforeDraw.layerCache', beforeDraw);
  layer.on('draw.layerCache', afterDraw);
  const handle = {
    changed() {
      for (const c of caches) c.dirty = true;
      ownBatchDraw.call(layer);
    },
    beginCommit(area: Rect | null, recull: boolean) {
      mounted = area;
      committing = recull ? 'recull' : 'change';
    },
    endCommit() {
      committing = null;
    },
    undo() {
      layer.off('beforeDraw.layerCache');
      layer.off('draw.layerCache');
      layer.batchDraw = ownBatchDraw;
      caches.forEach((c, i) => {
        (c.group as unknown as Observable)._removeSubtreeObserver?.(observers[i]);
        (c.group as unknown as { drawScene: Draw }).drawScene = owns[i];
        c.drop();
        c.dropPrevious();
      });
      clearTimeout(settle);
      cancel();
    },
  };
  // For tests and benchmarks: how many tiles are held, and drawing as Konva would (enabled: false).
  (layer as unknown as { boardTiles: object }).boardTiles = {
    enabled,
    counts,
    tiles: () => caches.reduce((n, c) => n + c.tiles.size, 0),
    previousTiles: () => caches.reduce((n, c) => n + (c.previous?.tiles.size ?? 0), 0),
  };
  return handle;
}
