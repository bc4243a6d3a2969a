import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  presenterDisplay,
  presenterWindowBounds,
  PRESENTER_WINDOW_SIZE,
  type DisplayInfo,
} from '../../../electron/main/presenterDisplay';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector: DisplayInfo = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const monitor: DisplayInfo = { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 1024 } };

describe('where the second presenter window goes', () => {
  it('with one display, nowhere in particular: a normal window', () => {
    expect(presenterDisplay([laptop], 1, 1)).toBeNull();
    expect(presenterWindowBounds(null)).toEqual({ ...PRESENTER_WINDOW_SIZE, fullscreen: false });
  });

  it('with a projector plugged in, full screen on it', () => {
    const chosen = presenterDisplay([laptop, projector], 1, 1);
    expect(chosen).toBe(projector);
    expect(presenterWindowBounds(chosen)).toEqual({ x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true });
  });

  it('never on the display the facilitator’s window is on, even when that is the larger or the secondary one', () => {
    expect(presenterDisplay([laptop, projector], 2, 1)).toBe(laptop);
    expect(presenterDisplay([laptop, projector, monitor], 1, 1)).toBe(projector);
    expect(presenterDisplay([laptop, projector, monitor], 2, 1)).toBe(monitor);
    // Their window's display unknown: the primary is taken to be theirs.
    expect(presenterDisplay([projector, laptop], null, 2)).toBe(laptop);
  });

  it('for any list of displays, picks one of the others, the largest, or none when there is only one', () => {
    const display = fc.record({
      id: fc.integer({ min: 1, max: 8 }),
      bounds: fc.record({
        x: fc.integer({ min: -4000, max: 4000 }),
        y: fc.integer({ min: -4000, max: 4000 }),
        width: fc.integer({ min: 640, max: 7680 }),
        height: fc.integer({ min: 480, max: 4320 }),
      }),
    });
    const displays = fc.uniqueArray(display, { selector: (d) => d.id, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(displays, fc.nat(), (list, pick) => {
        const theirs = list[pick % list.length].id;
        const chosen = presenterDisplay(list, theirs, list[0].id);
        if (list.length === 1) {
          expect(chosen).toBeNull();
          return;
        }
        expect(chosen).not.toBeNull();
        expect(chosen!.id).not.toBe(theirs);
        const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;
        for (const d of list) if (d.id !== theirs) expect(area(chosen!)).toBeGreaterThanOrEqual(area(d));
      }),
    );
  });
});
