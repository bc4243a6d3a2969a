// The variants tried on the labelled set (scripts/bench/themesSearch.ts): each tuned on the
// training events, scored once on the held-out. Usage: npx tsx scripts/bench/themesVariants.ts [name…]
import type { ThemeNote } from '../../shared/themes/assign';
import { ThemeSums } from '../../shared/themes/similarity';
import { mostCommon } from '../../shared/themes/describe';
import { headlineOf } from './themesTrials';
import { report, run, type After, type Built, type Transform, type Variant } from './themesSearch';

const unit = (v: ArrayLike<number>): Float64Array => {
  const out = Float64Array.from(v);
  const norm = Math.hypot(...out) || 1;
  return out.map((x) => x / norm);
};

/** Each vector less the mean of the stratum's note vectors (times `weight`), made unit length again. */
export const centred =
  (weight = 1): Transform =>
  (notes) => {
    const d = notes[0]?.vector.length ?? 0;
    const mean = new Float64Array(d);
    for (const n of notes) for (let k = 0; k < d; k++) mean[k] += n.vector[k] / notes.length;
    const less = (v: ArrayLike<number>) => unit(Array.from(v, (x, k) => x - weight * mean[k]));
    return notes.map((n): ThemeNote => ({
      ...n,
      vector: less(n.vector),
      headlineVector: n.headlineVector ? less(n.headlineVector) : n.headlineVector,
    }));
  };

/** The starting items (groups kept together, lone notes) each moved to the theme most like them on average, `rounds` times. */
export const refined =
  (rounds: number): After =>
  (clusters, b, settings) => {
    let current = clusters;
    for (let r = 0; r < rounds; r++) {
      const themes = current.filter((c) => c.length > 1);
      const sums = themes.map((c) => {
        const s = new ThemeSums(b.items[0].vector.length);
        for (const i of c) s.add(b.items[i], i);
        return s;
      });
      const next = themes.map((): number[] => []);
      const alone: number[][] = [];
      for (const start of b.starts) {
        // An item's average similarity to a theme: the mean over its notes.
        let best = -1;
        let bestScore = settings.threshold;
        sums.forEach((s, t) => {
          let score = 0;
          for (const i of start) score += s.averageSimilarity(b.items[i], settings);
          score /= start.length;
          if (score >= bestScore) [best, bestScore] = [t, score];
        });
        if (best < 0) alone.push([...start]);
        else next[best].push(...start);
      }
      current = [...next.filter((c) => c.length > 0), ...alone].map((c) => c.sort((x, y) => x - y));
    }
    return current;
  };

/** Themes whose normalised centroids are at least `at` alike joined (single pass, most alike first). */
export const centroidMerge =
  (at: number, minSize = 2): After =>
  (clusters, b) => {
    const themes = clusters.map((c) => [...c]);
    const centroid = (c: number[]) => {
      const v = new Float64Array(b.items[0].vector.length);
      for (const i of c) for (let k = 0; k < v.length; k++) v[k] += b.items[i].vector[k];
      return unit(v);
    };
    for (;;) {
      let best: [number, number, number] | null = null;
      const cs = themes.map((c) => (c.length >= minSize ? centroid(c) : null));
      for (let a = 0; a < themes.length; a++)
        for (let c = a + 1; c < themes.length; c++) {
          const [x, y] = [cs[a], cs[c]];
          if (!x || !y) continue;
          let dot = 0;
          for (let k = 0; k < x.length; k++) dot += x[k] * y[k];
          if (dot >= at && (!best || dot > best[2])) best = [a, c, dot];
        }
      if (!best) return themes;
      themes[best[0]].push(...themes[best[1]]);
      themes.splice(best[1], 1);
    }
  };

/** Themes whose headline (the most common table-group headline of their notes, case folded) is the same joined into one. */
export const sameHeadlineMerge: After = (clusters, b) => {
  const byHeadline = new Map<string, number[]>();
  const out: number[][] = [];
  for (const c of clusters) {
    const groups = c.map((i) => b.notes[i].group).filter((g): g is string => g !== null);
    const [headline] =
      c.length > 1
        ? mostCommon(
            groups.map((g) => headlineOf.get(g) ?? ''),
            1,
          )
        : [];
    const key = headline?.toLocaleLowerCase();
    const into = key ? byHeadline.get(key) : undefined;
    if (into) into.push(...c);
    else {
      out.push([...c]);
      if (key) byHeadline.set(key, out[out.length - 1]);
    }
  }
  return out.map((c) => c.sort((x, y) => x - y));
};

/** The top `k` principal directions of the rows (power iteration with deflation; a fixed start, so deterministic). */
export function topDirections(rows: readonly Float64Array[], k: number, iterations = 60): Float64Array[] {
  const d = rows[0]?.length ?? 0;
  const found: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    let v = unit(Array.from({ length: d }, (_, i) => 1 + ((i * 7919) % 13) / 13));
    for (let it = 0; it < iterations; it++) {
      const next = new Float64Array(d);
      for (const r of rows) {
        let p = 0;
        for (let i = 0; i < d; i++) p += r[i] * v[i];
        for (let i = 0; i < d; i++) next[i] += p * r[i];
      }
      for (const f of found) {
        let p = 0;
        for (let i = 0; i < d; i++) p += next[i] * f[i];
        for (let i = 0; i < d; i++) next[i] -= p * f[i];
      }
      v = unit(next);
    }
    found.push(v);
  }
  return found;
}

const without = (v: ArrayLike<number>, dirs: readonly Float64Array[], weight = 1) => {
  const out = Float64Array.from(v);
  for (const f of dirs) {
    let p = 0;
    for (let i = 0; i < out.length; i++) p += out[i] * f[i];
    for (let i = 0; i < out.length; i++) out[i] -= weight * p * f[i];
  }
  return unit(out);
};

/** Centred, then the top `k` principal directions of the notes removed ("all but the top"). */
export const allButTop =
  (k: number): Transform =>
  (notes) => {
    const c = centred(1)(notes);
    const dirs = topDirections(
      c.map((n) => Float64Array.from(n.vector)),
      k,
    );
    return c.map((n) => ({
      ...n,
      vector: without(n.vector, dirs),
      headlineVector: n.headlineVector ? without(n.headlineVector, dirs) : n.headlineVector,
    }));
  };

/** Centred, then the top `k` directions in which notes of one table group differ from their group's mean removed. */
export const withinGroupRemoved =
  (k: number, weight = 1): Transform =>
  (notes) => {
    const c = centred(1)(notes);
    const sums = new Map<string, { v: Float64Array; n: number }>();
    for (const n of c) {
      if (n.group === null) continue;
      const e = sums.get(n.group) ?? { v: new Float64Array(n.vector.length), n: 0 };
      for (let i = 0; i < e.v.length; i++) e.v[i] += n.vector[i];
      e.n++;
      sums.set(n.group, e);
    }
    const deviations = c
      .filter((n) => n.group !== null && sums.get(n.group)!.n > 1)
      .map((n) => {
        const e = sums.get(n.group!)!;
        return Float64Array.from(n.vector, (x, i) => x - e.v[i] / e.n);
      });
    if (deviations.length === 0) return c;
    const dirs = topDirections(deviations, k);
    return c.map((n) => ({
      ...n,
      vector: without(n.vector, dirs, weight),
      headlineVector: n.headlineVector ? without(n.headlineVector, dirs, weight) : n.headlineVector,
    }));
  };

/** Centred, then the vectors kept only in the top `k` principal directions of the table groups' means (what tells groups apart). */
export const groupMeansSubspace =
  (k: number): Transform =>
  (notes) => {
    const c = centred(1)(notes);
    const sums = new Map<string, Float64Array>();
    for (const n of c) {
      if (n.group === null) continue;
      const v = sums.get(n.group) ?? new Float64Array(n.vector.length);
      for (let i = 0; i < v.length; i++) v[i] += n.vector[i];
      sums.set(n.group, v);
    }
    if (sums.size === 0) return c;
    const dirs = topDirections([...sums.values()].map(unit), k);
    const onto = (v: ArrayLike<number>) => {
      const out = new Float64Array(v.length);
      for (const f of dirs) {
        let p = 0;
        for (let i = 0; i < out.length; i++) p += v[i] * f[i];
        for (let i = 0; i < out.length; i++) out[i] += p * f[i];
      }
      return unit(out);
    };
    return c.map((n) => ({
      ...n,
      vector: onto(n.vector),
      headlineVector: n.headlineVector ? onto(n.headlineVector) : n.headlineVector,
    }));
  };

const then =
  (...steps: After[]): After =>
  (c, b: Built, s) =>
    steps.reduce((acc, step) => step(acc, b, s), c);

export const VARIANTS: Variant[] = [
  { name: 'kept (sweep)' },
  { name: 'centred in prepare, n/(n+10)', settings: { centre: true } },
  { name: 'uncentred', settings: { centre: false, threshold: 0.38 } },
  { name: 'kept at 0.38', thresholds: [0.38] },
  { name: 'centred', transform: centred(1), buildKey: 'centred' },
  { name: 'centred 0.5', transform: centred(0.5) },
  { name: 'refined 3', after: refined(3) },
  { name: 'centred + refined 3', transform: centred(1), buildKey: 'centred', after: refined(3) },
  ...[0.6, 0.7, 0.8].map((at) => ({ name: `centroid merge ${at}`, after: centroidMerge(at) })),
  ...[0.5, 0.6, 0.7].map((at) => ({
    name: `centred + centroid merge ${at}`,
    transform: centred(1),
    buildKey: 'centred',
    after: centroidMerge(at),
  })),
  { name: 'same headline merge', after: sameHeadlineMerge },
  { name: 'centred + same headline merge', transform: centred(1), buildKey: 'centred', after: sameHeadlineMerge },
  ...[0.7, 1].flatMap((alpha) =>
    [0.5, 1].map((headlineWeight) => ({
      name: `centred α ${alpha} headline ${headlineWeight}`,
      transform: centred(1),
      settings: { alpha, headlineWeight },
    })),
  ),
  ...[1, 3, 8].map((k) => ({ name: `all-but-top ${k}`, transform: allButTop(k) })),
  ...[3, 10, 30].map((k) => ({ name: `within-group removed ${k}`, transform: withinGroupRemoved(k) })),
  ...[3, 10, 30, 60].flatMap((k) =>
    [0.3, 0.5, 0.7].map((weight) => ({
      name: `within-group shrunk ${k} by ${weight}`,
      transform: withinGroupRemoved(k, weight),
    })),
  ),
  ...[10, 20, 40, 80].map((k) => ({ name: `group-means subspace ${k}`, transform: groupMeansSubspace(k) })),
  {
    name: 'centred + merge 0.6 + refined',
    transform: centred(1),
    buildKey: 'centred',
    after: then(centroidMerge(0.6), refined(3)),
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  for (const v of VARIANTS.filter((x) => wanted.length === 0 || wanted.some((w) => x.name.includes(w))))
    console.log(report(run(v)));
}
