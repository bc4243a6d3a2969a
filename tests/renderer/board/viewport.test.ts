import { describe, expect, it } from 'vitest';
import {
  MAX_SCALE,
  MIN_SCALE,
  VIEW_PADDING,
  fitViewport,
  panToShow,
  toBoardPoint,
  toCanvasPoint,
  visibleRect,
  zoomAround,
} from '../../../renderer/src/board/viewport';

describe('viewport', () => {
  const size = { width: 1000, height: 800 };

  it('converts between board and canvas points', () => {
    const v = { x: 100, y: 50, scale: 2 };
    expect(toCanvasPoint(v, { x: 10, y: 20 })).toEqual({ x: 120, y: 90 });
    expect(toBoardPoint(v, { x: 120, y: 90 })).toEqual({ x: 10, y: 20 });
    expect(visibleRect(v, size)).toEqual({ x: -50, y: -25, width: 500, height: 400 });
  });

  it('zooms around a point, which stays under the pointer', () => {
    const v = { x: 30, y: 40, scale: 1 };
    const anchor = { x: 400, y: 300 };
    const zoomed = zoomAround(v, 2, anchor);
    expect(zoomed.scale).toBe(2);
    expect(toBoardPoint(zoomed, anchor)).toEqual(toBoardPoint(v, anchor));
  });

  it('keeps zoom between 0.1 and 4', () => {
    expect(zoomAround({ x: 0, y: 0, scale: 1 }, 100, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(zoomAround({ x: 0, y: 0, scale: 1 }, 0.001, { x: 0, y: 0 }).scale).toBe(MIN_SCALE);
  });

  it('fits content centred with padding, never beyond life size', () => {
    const wide = fitViewport({ x: 0, y: 0, width: 1840, height: 960 }, size);
    expect(wide.scale).toBeCloseTo((1000 - 2 * VIEW_PADDING) / 1840);
    expect(toCanvasPoint(wide, { x: 920, y: 480 })).toEqual({ x: 500, y: 400 });
    expect(fitViewport({ x: 0, y: 0, width: 180, height: 110 }, size).scale).toBe(1);
    expect(fitViewport(null, size)).toEqual({ x: VIEW_PADDING, y: VIEW_PADDING, scale: 1 });
  });

  it('pans as little as needed to show a rectangle', () => {
    const v = { x: 0, y: 0, scale: 1 };
    expect(panToShow(v, size, { x: 100, y: 100, width: 180, height: 110 })).toEqual(v);
    const right = panToShow(v, size, { x: 1200, y: 100, width: 180, height: 110 });
    expect(right.y).toBe(0);
    expect(toCanvasPoint(right, { x: 1380, y: 0 }).x).toBe(1000 - VIEW_PADDING);
    const above = panToShow(v, size, { x: 100, y: -500, width: 180, height: 110 });
    expect(toCanvasPoint(above, { x: 0, y: -500 }).y).toBe(VIEW_PADDING);
  });
});
