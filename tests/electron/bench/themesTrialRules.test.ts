import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkageTree, cutTree } from '../../../shared/themes/linkage';
import { stricterForSmall } from '../../../scripts/bench/themesRules';

// The theme trials' stricter join for small clusters (scripts/bench/themesRules.ts) is the kept
// average linkage with one change: with no extra similarity asked of small sides it must give
// exactly the kept themes, or its figures in docs/bench/themes.md compare unlike things.
const table = fc.integer({ min: 2, max: 14 }).chain((m) =>
  fc.record({
    m: fc.constant(m),
    cells: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: m * m, maxLength: m * m }),
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: m, maxLength: m }),
    threshold: fc.double({ min: -0.5, max: 0.8, noNaN: true }),
  }),
);

const symmetric = (m: number, cells: number[]) => {
  const values = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    values[a * m + a] = 1;
    for (let b = a + 1; b < m; b++) values[a * m + b] = values[b * m + a] = cells[a * m + b];
  }
  return values;
};

const partition = (labels: Int32Array) => {
  const groups = new Map<number, number[]>();
  labels.forEach((l, i) => groups.set(l, [...(groups.get(l) ?? []), i]));
  return [...groups.values()].map((g) => g.join(',')).sort();
};

describe('the stricter join for small clusters', () => {
  it('gives the kept average-linkage themes when small sides need nothing extra', () => {
    fc.assert(
      fc.property(table, ({ m, cells, sizes, threshold }) => {
        const values = symmetric(m, cells);
        const kept = cutTree(m, averageLinkageTree({ n: m, values, sizes }), threshold);
        const joins = stricterForSmall(values, sizes, 3, 0);
        const stop = joins.findIndex((j) => j.similarity < threshold);
        const trial = cutTree(m, stop < 0 ? joins : joins.slice(0, stop), -Infinity);
        expect(partition(trial)).toEqual(partition(kept));
      }),
    );
  });

  it('joins a side under the size limit only when it is alike by the extra margin as well', () => {
    fc.assert(
      fc.property(table, fc.double({ min: 0.01, max: 0.5, noNaN: true }), ({ m, cells, sizes, threshold }, extra) => {
        const values = symmetric(m, cells);
        const joins = stricterForSmall(values, sizes, 2, extra);
        const stop = joins.findIndex((j) => j.similarity < threshold);
        const made = stop < 0 ? joins : joins.slice(0, stop);
        // Replay the joins: each one's raw similarity is the size-weighted mean over the items of its two sides.
        const members = new Map(Array.from({ length: m }, (_, i) => [i, [i]]));
        const weight = (list: number[]) => list.reduce((s, i) => s + sizes[i], 0);
        for (const j of made) {
          const [a, b] = [members.get(j.a)!, members.get(j.b)!];
          let sum = 0;
          for (const x of a) for (const y of b) sum += values[x * m + y] * sizes[x] * sizes[y];
          const raw = sum / (weight(a) * weight(b));
          const small = Math.min(weight(a), weight(b)) < 2;
          expect(raw).toBeGreaterThanOrEqual(threshold + (small ? extra : 0) - 1e-9);
          expect(j.similarity).toBeCloseTo(raw - (small ? extra : 0), 9);
          members.set(j.a, [...a, ...b]);
          members.delete(j.b);
        }
      }),
    );
  });
});
