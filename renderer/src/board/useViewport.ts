import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type Konva from 'konva';
import type { Rect } from '../../../shared/document/geometry';
import { CULL_MARGIN, CULL_MARGIN_PX, RECULL_AHEAD_PX, cullRectFor, needsRecull } from './culling';
import { changeViewOnly } from './layerCache';
import { DETAIL_SCALE } from './noteDrawing';
import {
  ZOOM_STEP,
  clampScale,
  fitViewport,
  panToShow,
  toBoardPoint,
  visibleRect,
  zoomAround,
  type Point,
  type Size,
  type Viewport,
} from './viewport';

/** Pans and zooms the board. Changes go straight to the Konva stage, not through React, so panning costs one redraw. */
export interface ViewportControls {
  current(): Viewport;
  set(next: Viewport): void;
  /** Pans by a distance in screen pixels. */
  panBy(dx: number, dy: number): void;
  /** Zooms by a factor around a canvas point (the centre of the view when none is given). */
  zoomBy(factor: number, anchor?: Point): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(content: Rect | null): void;
  /** The canvas's size in CSS pixels. */
  size(): Size;
  /** Pans as little as needed to bring a board rectangle fully into view. */
  show(rect: Rect): void;
  /** The board point at the centre of the view. */
  centre(): Point;
  /** The board point under a pointer event's client coordinates. */
  boardPointAt(clientX: number, clientY: number): Point;
  /** Draws the margin around the view from now on (the first frame draws the view alone); at most once. */
  drawMargin(): void;
  /** Called after every change, e.g. to keep the text editor over its note. */
  subscribe(listener: (viewport: Viewport) => void): () => void;
}

export interface ViewportState {
  controls: ViewportControls;
  /**
   * The board area whose notes are drawn: the view plus a margin (see culling.ts); null before
   * the first layout. Until the board's first frame is painted it is the view alone (see below).
   */
  cullRect: Rect | null;
  /** Whether the zoom is close enough to draw each note with its text. */
  detailed: boolean;
}

export function useViewport(stageRef: RefObject<Konva.Stage | null>, size: Size): ViewportState {
  const viewport = useRef<Viewport>({ x: 0, y: 0, scale: 1 });
  const sizeRef = useRef(size);
  const cullRef = useRef<Rect | null>(null);
  const detailedRef = useRef(true);
  // The board's first frame mounts and draws only the notes in view: the margin around them
  // (most of the notes mounted, at the zoom a board opens at) follows in the background, two
  // frames after the first one with a size, so that frame is painted first.
  const viewOnly = useRef(true);
  const listeners = useRef(new Set<(v: Viewport) => void>());
  const [cullRect, setCullRect] = useState<Rect | null>(null);
  const [detailed, setDetailed] = useState(true);

  const controls = useMemo<ViewportControls>(() => {
    const canvasCentre = (): Point => ({ x: sizeRef.current.width / 2, y: sizeRef.current.height / 2 });
    function set(next: Viewport): void {
      // On whole device pixels, so the board's bitmap tiles are copied 1:1 (see layerCache.ts).
      const ratio = window.devicePixelRatio || 1;
      const v = {
        x: Math.round(next.x * ratio) / ratio,
        y: Math.round(next.y * ratio) / ratio,
        scale: clampScale(next.scale),
      };
      viewport.current = v;
      const stage = stageRef.current;
      if (stage)
        changeViewOnly(() => {
          stage.setAttrs({ x: v.x, y: v.y, scaleX: v.scale, scaleY: v.scale });
          stage.batchDraw();
        });
      // React hears only of changes that alter what is drawn, which panning seldom does.
      const visible = visibleRect(v, sizeRef.current);
      if (viewOnly.current) {
        if (needsRecull(cullRef.current, visible, 0)) setCullRect((cullRef.current = visible));
      } else recull(visible, v.scale);
      if (detailedRef.current !== v.scale >= DETAIL_SCALE) {
        detailedRef.current = v.scale >= DETAIL_SCALE;
        setDetailed(detailedRef.current);
      }
      for (const listener of listeners.current) listener(v);
    }
    function recull(visible: Rect, scale: number): void {
      const least = CULL_MARGIN_PX / scale;
      if (needsRecull(cullRef.current, visible, CULL_MARGIN, least)) {
        cullRef.current = cullRectFor(visible, CULL_MARGIN, least);
        setCullRect(cullRef.current);
      } else if (needsRecull(cullRef.current, visible, CULL_MARGIN, least, RECULL_AHEAD_PX / scale)) {
        // Near the edge but still inside: mounted in the background, in slices between frames.
        const next = cullRectFor(visible, CULL_MARGIN, least);
        cullRef.current = next;
        startTransition(() => setCullRect(next));
      }
    }
    function zoomBy(factor: number, anchor: Point = canvasCentre()): void {
      set(zoomAround(viewport.current, viewport.current.scale * factor, anchor));
    }
    return {
      current: () => viewport.current,
      set,
      panBy: (dx, dy) => set({ ...viewport.current, x: viewport.current.x + dx, y: viewport.current.y + dy }),
      zoomBy,
      zoomIn: () => zoomBy(ZOOM_STEP),
      zoomOut: () => zoomBy(1 / ZOOM_STEP),
      fit: (content) => set(fitViewport(content, sizeRef.current)),
      size: () => sizeRef.current,
      show: (rect) => set(panToShow(viewport.current, sizeRef.current, rect)),
      centre: () => toBoardPoint(viewport.current, canvasCentre()),
      boardPointAt(clientX, clientY) {
        const box = stageRef.current?.container().getBoundingClientRect();
        return toBoardPoint(viewport.current, { x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0) });
      },
      subscribe(listener) {
        listeners.current.add(listener);
        return () => void listeners.current.delete(listener);
      },
      drawMargin() {
        if (!viewOnly.current) return;
        viewOnly.current = false;
        // As a pan near the drawn area's edge does: mounted in slices between frames.
        const next = cullRectFor(
          visibleRect(viewport.current, sizeRef.current),
          CULL_MARGIN,
          CULL_MARGIN_PX / viewport.current.scale,
        );
        cullRef.current = next;
        startTransition(() => setCullRect(next));
      },
    };
  }, [stageRef]);

  const sized = size.width > 0 && size.height > 0;
  useEffect(() => {
    if (!sized) return;
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => controls.drawMargin())));
    return () => cancelAnimationFrame(frame);
  }, [sized, controls]);

  // A resize keeps the board's top-left where it is and shows more or less of it.
  useLayoutEffect(() => {
    sizeRef.current = size;
    controls.set(viewport.current);
  }, [size, controls]);

  return { controls, cullRect, detailed };
}
