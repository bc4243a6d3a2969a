import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OTHER, scoreThemes } from '../../../shared/themes/score';

const labels = (list: readonly (string | null)[]) => Object.fromEntries(list.map((l, i) => [`n${i}`, l]));

describe('scoreThemes', () => {
  it('gives 1 for themes identical to the truth, whatever they are called', () => {
    const s = scoreThemes({
      truth: labels(['a', 'a', 'b', 'b', 'b']) as Record<string, string>,
      predicted: labels(['x', 'x', 'y', 'y', 'y']),
    });
    expect(s).toMatchObject({ pairPrecision: 1, pairRecall: 1, pairF1: 1, adjustedRand: 1, coverage: 1, themes: 2 });
  });

  it('matches a worked example (true pairs 6, predicted 3, shared 2; ARI 0.2424)', () => {
    const s = scoreThemes({
      truth: labels(['a', 'a', 'a', 'b', 'b', 'b']) as Record<string, string>,
      predicted: labels(['x', 'x', 'y', 'y', 'z', 'z']),
    });
    expect(s.pairPrecision).toBeCloseTo(2 / 3);
    expect(s.pairRecall).toBeCloseTo(2 / 6);
    expect(s.pairF1).toBeCloseTo(4 / 9);
    expect(s.adjustedRand).toBeCloseTo(0.242424, 5);
  });

  it('counts notes with no theme as uncovered, and "other" as covered but never together', () => {
    const s = scoreThemes({
      truth: labels(['a', 'a', 'a', 'a']) as Record<string, string>,
      predicted: labels(['x', 'x', null, OTHER]),
    });
    expect(s.coverage).toBe(0.75);
    expect(s.pairPrecision).toBe(1);
    expect(s.pairRecall).toBeCloseTo(1 / 6);
    expect(s.themes).toBe(1);
  });

  it('one theme for everything has full recall but poor precision, and an ARI of 0', () => {
    const s = scoreThemes({
      truth: labels(['a', 'a', 'b', 'b']) as Record<string, string>,
      predicted: labels(['x', 'x', 'x', 'x']),
    });
    expect(s.pairRecall).toBe(1);
    expect(s.pairPrecision).toBeCloseTo(2 / 6);
    expect(s.adjustedRand).toBeCloseTo(0);
  });

  it('never pairs notes across strata', () => {
    const truth = labels(['a', 'a', 'a', 'a']) as Record<string, string>;
    const stratumOf = (id: string) => (id === 'n0' || id === 'n1' ? 'q1' : 'q2');
    const s = scoreThemes({ truth, predicted: labels(['x', 'x', 'x', 'x']), stratumOf });
    expect(s).toMatchObject({ pairPrecision: 1, pairRecall: 1, themes: 2 });
  });

  it('says whether a rare theme stayed apart or was swallowed by a larger one', () => {
    const truth = labels(['big', 'big', 'big', 'big', 'rare', 'rare', 'rare']) as Record<string, string>;
    const apart = scoreThemes({
      truth,
      predicted: labels(['x', 'x', 'x', 'x', 'r', 'r', OTHER]),
      rareThemes: ['rare'],
    });
    expect(apart.rare).toEqual([{ theme: 'rare', notes: 3, keptApart: true, foundTogether: true }]);
    const swallowed = scoreThemes({
      truth,
      predicted: labels(['x', 'x', 'x', 'x', 'x', 'r', 'r']),
      rareThemes: ['rare'],
    });
    expect(swallowed.rare[0]).toMatchObject({ keptApart: false, foundTogether: true });
    const scattered = scoreThemes({
      truth,
      predicted: labels(['x', 'x', 'x', 'x', null, null, OTHER]),
      rareThemes: ['rare'],
    });
    expect(scattered.rare[0]).toMatchObject({ keptApart: true, foundTogether: false });
  });

  const partitions = fc
    .integer({ min: 1, max: 30 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      ),
    );

  it('lies in range, and does not depend on what the themes are called', () => {
    fc.assert(
      fc.property(partitions, ([t, p]) => {
        const truth = labels(t.map(String)) as Record<string, string>;
        const a = scoreThemes({ truth, predicted: labels(p.map((x) => `p${x}`)) });
        const b = scoreThemes({ truth, predicted: labels(p.map((x) => `renamed-${(x * 7) % 11}`)) });
        expect(b).toEqual(a);
        for (const v of [a.pairPrecision, a.pairRecall, a.pairF1, a.coverage]) expect(v).toBeGreaterThanOrEqual(0);
        for (const v of [a.pairPrecision, a.pairRecall, a.pairF1, a.adjustedRand, a.coverage])
          expect(v).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('gives F1 and ARI of 1 exactly when the predicted themes are the true ones', () => {
    fc.assert(
      fc.property(partitions, ([t]) => {
        const truth = labels(t.map(String)) as Record<string, string>;
        const s = scoreThemes({ truth, predicted: labels(t.map((x) => `theme ${x}`)) });
        expect(s.adjustedRand).toBe(1);
        if (Object.values(truth).some((v, i, all) => all.indexOf(v) !== i)) expect(s.pairF1).toBe(1);
      }),
    );
  });
});
