import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignedOrigin } from '../../../renderer/src/board/layerCache';

// A cached bitmap is copied 1:1 onto the canvas, so its corner must land on a whole device
// pixel, or every pan frame would be resampled and look soft.
describe('alignedOrigin', () => {
  it('puts the corner on a whole device pixel, under one device pixel up or left of the drawn area', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50_000, max: 50_000, noNaN: true }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        fc.double({ min: -100_000, max: 100_000, noNaN: true }),
        fc.constantFrom(1, 1.25, 1.5, 2),
        (at, scale, offset, ratio) => {
          const x = alignedOrigin(at, scale, offset, ratio);
          const device = (x * scale + offset) * ratio;
          expect(Math.abs(device - Math.round(device))).toBeLessThan(1e-3);
          const shift = (at - x) * scale * ratio;
          expect(shift).toBeGreaterThanOrEqual(-1e-3);
          expect(shift).toBeLessThan(1 + 1e-3);
        },
      ),
    );
  });
});
