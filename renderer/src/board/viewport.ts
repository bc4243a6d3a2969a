import type { Rect } from '../../../shared/document/geometry';

/** Where the board sits on screen: a board point p is drawn at (p * scale + x, p * scale + y) in the canvas. */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
/** One press of zoom in/out, or one notch of Ctrl+wheel on a mouse. */
export const ZOOM_STEP = 1.25;
/** Zoom to fit never enlarges past life size: a nearly empty board should not show giant notes. */
const MAX_FIT_SCALE = 1;
/** Screen pixels left clear around content when zooming to fit or bringing a note into view. */
export const VIEW_PADDING = 40;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The board point under a point of the canvas (canvas pixels from its top-left corner). */
export function toBoardPoint(viewport: Viewport, canvasPoint: Point): Point {
  return { x: (canvasPoint.x - viewport.x) / viewport.scale, y: (canvasPoint.y - viewport.y) / viewport.scale };
}

/** The canvas point where a board point is drawn. */
export function toCanvasPoint(viewport: Viewport, boardPoint: Point): Point {
  return { x: boardPoint.x * viewport.scale + viewport.x, y: boardPoint.y * viewport.scale + viewport.y };
}

/** The part of the board the canvas shows, in board units. */
export function visibleRect(viewport: Viewport, size: Size): Rect {
  return {
    x: -viewport.x / viewport.scale,
    y: -viewport.y / viewport.scale,
    width: size.width / viewport.scale,
    height: size.height / viewport.scale,
  };
}

/** Zooms to `scale` (clamped) keeping the board point under `anchor` (canvas pixels) where it is. */
export function zoomAround(viewport: Viewport, scale: number, anchor: Point): Viewport {
  const next = clampScale(scale);
  const board = toBoardPoint(viewport, anchor);
  return { scale: next, x: anchor.x - board.x * next, y: anchor.y - board.y * next };
}

/** The viewport that shows all of `content` centred in a canvas of `size`; life size at the origin for an empty board. */
export function fitViewport(content: Rect | null, size: Size): Viewport {
  if (!content || content.width <= 0 || content.height <= 0) return { x: VIEW_PADDING, y: VIEW_PADDING, scale: 1 };
  const room = {
    width: Math.max(1, size.width - 2 * VIEW_PADDING),
    height: Math.max(1, size.height - 2 * VIEW_PADDING),
  };
  const scale = clampScale(Math.min(room.width / content.width, room.height / content.height, MAX_FIT_SCALE));
  return {
    scale,
    x: (size.width - content.width * scale) / 2 - content.x * scale,
    y: (size.height - content.height * scale) / 2 - content.y * scale,
  };
}

/**
 * The smallest pan that brings `target` fully into view with some padding, or the
 * viewport unchanged when it already is; a target bigger than the view is centred.
 */
export function panToShow(viewport: Viewport, size: Size, target: Rect): Viewport {
  const pad = VIEW_PADDING;
  const left = target.x * viewport.scale + viewport.x;
  const top = target.y * viewport.scale + viewport.y;
  const width = target.width * viewport.scale;
  const height = target.height * viewport.scale;
  return {
    ...viewport,
    x: viewport.x + shiftIntoRange(left, width, pad, size.width - pad),
    y: viewport.y + shiftIntoRange(top, height, pad, size.height - pad),
  };
}

function shiftIntoRange(start: number, length: number, min: number, max: number): number {
  if (length > max - min) return (min + max) / 2 - (start + length / 2);
  if (start < min) return min - start;
  if (start + length > max) return max - (start + length);
  return 0;
}
