import type Konva from 'konva';
import { createRef, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Rect } from '../../../shared/document/geometry';
import { contains } from './culling';

/**
 * Bitmap caching of the board's layers while the view pans.
 *
 * Panning changes nothing but the stage's position, yet Konva redraws every shape of every
 * layer on each frame: at full size on a slow laptop that is twice the frame budget. Each
 * layer's content is therefore drawn once into a bitmap covering the drawn area (the view
 * plus its margin, see culling.ts) at the current zoom, and a pan frame only copies that
 * bitmap. The bitmap is placed on whole device pixels and drawn 1:1, so the board looks the
 * same as when drawn directly.
 *
 * The bitmap is drawn again when the content changes (React or any other code asked the
 * layer to redraw), when the view leaves the area it covers, and once a zoom has settled.
 * While the zoom changes, or while the content changes on every frame (a drag, the
 * selection band, a link being drawn), the layer is drawn directly as before.
 */

/** Content that changes again within this time is drawn directly until it rests. */
const CHURN_MS = 120;
/** After this long without a change, a layer drawn directly is cached again. */
const SETTLE_MS = 150;

let viewOnly = false;

/** Applies a change of the view only (position or zoom): cached layers are not marked as changed by it. */
export function changeViewOnly(apply: () => void): void {
  viewOnly = true;
  try {
    apply();
  } finally {
    viewOnly = false;
  }
}

/** Where the cache's corner goes so that it lands on a whole device pixel: `at` moved left/up by under a pixel. */
export function alignedOrigin(at: number, scale: number, offset: number, pixelRatio: number): number {
  const device = Math.floor((at * scale + offset) * pixelRatio);
  return (device / pixelRatio - offset) / scale;
}

function onWholePixel(at: number, scale: number, offset: number, pixelRatio: number): boolean {
  const device = (at * scale + offset) * pixelRatio;
  return Math.abs(device - Math.round(device)) < 0.01;
}

interface Cached {
  scale: number;
  /** The board area the bitmap covers. */
  area: Rect;
}

interface SubtreeObserver {
  _onSubtreeChange(): void;
}
/** Konva tells a node's subtree observers of every change below it (what its Transformer uses). */
interface Observable {
  _addSubtreeObserver?(observer: SubtreeObserver): void;
  _removeSubtreeObserver?(observer: SubtreeObserver): void;
}

/** One cached group's state. */
class GroupCache {
  dirty = true;
  lastChange = -Infinity;
  cached: Cached | null = null;
  constructor(readonly group: Konva.Group) {}

  drop(): void {
    // Konva asks for another draw when a cache is made or dropped: that is no change of the content.
    if (this.cached) changeViewOnly(() => this.group.clearCache());
    this.cached = null;
  }
}

/**
 * Caches each of `groups` (all in one layer) as described above; `area` gives the board area
 * whose content is drawn (null: nothing to cache yet). Returns a function that marks every
 * group changed (for what their shapes read when drawing, such as the theme) and one that
 * undoes it all.
 */
export function cacheGroups(
  groups: readonly Konva.Group[],
  area: () => Rect | null,
): { changed(): void; undo(): void } {
  const layer = groups[0].getLayer()!;
  const caches = groups.map((group) => new GroupCache(group));
  const observers = caches.map((cache) => ({
    _onSubtreeChange: () => {
      if (!viewOnly) cache.dirty = true;
    },
  }));
  const observable = caches.every((c) => (c.group as unknown as Observable)._addSubtreeObserver);
  const ownBatchDraw = layer.batchDraw;
  if (observable) caches.forEach((c, i) => (c.group as unknown as Observable)._addSubtreeObserver!(observers[i]));
  else
    // Without Konva's observers, any redraw the view did not ask for counts as a change of every group.
    layer.batchDraw = function batchDraw() {
      if (!viewOnly) for (const c of caches) c.dirty = true;
      return ownBatchDraw.call(layer);
    };
  let lastScale = NaN;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let resting = false;
  const later = () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      settle = undefined;
      resting = true;
      ownBatchDraw.call(layer);
    }, SETTLE_MS);
  };

  const beforeDraw = () => {
    const stage = layer.getStage();
    if (!stage) return;
    const wasResting = resting;
    resting = false;
    const now = performance.now();
    const scale = stage.scaleX();
    const zooming = !Number.isNaN(lastScale) && scale !== lastScale;
    lastScale = scale;
    const ratio = layer.getCanvas().getPixelRatio();
    const view = {
      x: -stage.x() / scale,
      y: -stage.y() / scale,
      width: stage.width() / scale,
      height: stage.height() / scale,
    };
    for (const cache of caches) {
      if (cache.dirty) {
        cache.dirty = false;
        cache.drop();
        const churning = now - cache.lastChange < CHURN_MS;
        cache.lastChange = now;
        if (churning) {
          later();
          continue;
        }
      }
      if (zooming) {
        cache.drop();
        later();
        continue;
      }
      const { cached } = cache;
      if (cached && contains(cached.area, view)) {
        const sharp =
          onWholePixel(cached.area.x, scale, stage.x(), ratio) && onWholePixel(cached.area.y, scale, stage.y(), ratio);
        // Panned by part of a pixel: fine while moving, drawn sharp again once the view rests.
        if (sharp) continue;
        if (!wasResting) {
          later();
          continue;
        }
      }
      cache.drop();
      const want = area();
      if (!want || want.width <= 0 || want.height <= 0) continue;
      const x = alignedOrigin(want.x, scale, stage.x(), ratio);
      const y = alignedOrigin(want.y, scale, stage.y(), ratio);
      const covered = { x, y, width: want.width + (want.x - x), height: want.height + (want.y - y) };
      changeViewOnly(() => cache.group.cache({ ...covered, pixelRatio: scale * ratio }));
      cache.cached = { scale, area: covered };
    }
  };
  layer.on('beforeDraw.layerCache', beforeDraw);
  return {
    changed() {
      for (const c of caches) c.dirty = true;
      ownBatchDraw.call(layer);
    },
    undo() {
      layer.off('beforeDraw.layerCache');
      layer.batchDraw = ownBatchDraw;
      caches.forEach((c, i) => (c.group as unknown as Observable)._removeSubtreeObserver?.(observers[i]));
      clearTimeout(settle);
      for (const c of caches) c.drop();
    },
  };
}

/**
 * Refs for `count` groups of one layer, cached as above over `area` (the drawn area of the
 * last render), and `changed` to redraw them all. Installed once the groups exist, undone on unmount.
 */
export function useCachedGroups(
  count: number,
  area: Rect | null,
): { refs: RefObject<Konva.Group | null>[]; changed(): void } {
  const [refs] = useState(() => Array.from({ length: count }, () => createRef<Konva.Group>()));
  const areaRef = useRef(area);
  areaRef.current = area;
  const installed = useRef<ReturnType<typeof cacheGroups> | null>(null);
  useLayoutEffect(() => {
    if (installed.current || refs.some((r) => !r.current)) return;
    installed.current = cacheGroups(
      refs.map((r) => r.current!),
      () => areaRef.current,
    );
  });
  useLayoutEffect(
    () => () => {
      installed.current?.undo();
      installed.current = null;
    },
    [],
  );
  return useMemo(() => ({ refs, changed: () => installed.current?.changed() }), [refs]);
}
