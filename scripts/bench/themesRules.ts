// Changes to the kept average linkage's stopping and joining rules, tried on the labelled set
// (scripts/bench/themesGrid.ts tunes each on the training events):
// - the threshold chosen per question by the silhouette of the notes (an internal criterion, no
//   truth), over the whole range or near the tuned global threshold;
// - a stricter join for small clusters (a join where one side has fewer than `small` notes
//   needs `extra` more similarity), to keep rare themes apart;
// - a note taken out of its table's group when it is unlike the rest of the group (the group is
//   strong evidence, not a rule): it then links as a lone note.
// Usage: npx tsx scripts/bench/themesRules.ts [silhouette|small|unlike]
import { averageLinkageTree, cutTree, type Join } from '../../shared/themes/linkage';
import { KEPT_SETTINGS } from '../../shared/themes/assign';
import { gridLine, runGrid, type GridTrial } from './themesGrid';
import { cut, type Built } from './themesSearch';

const SWEEP = Array.from({ length: 31 }, (_, i) => +(i * 0.01).toFixed(2));

/** Mean silhouette of the notes (distance 1 − the kept similarity); a note alone scores 0. */
export function silhouette(b: Built, clusters: readonly number[][]): number {
  const n = b.items.length;
  const of = new Int32Array(n);
  clusters.forEach((c, k) => c.forEach((i) => (of[i] = k)));
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = clusters[of[i]];
    if (own.length < 2) continue;
    const mean = clusters.map((c) => {
      let sum = 0;
      for (const j of c) if (j !== i) sum += 1 - b.pair[i * n + j];
      return sum / (c.length - (c === own ? 1 : 0));
    });
    const a = mean[of[i]];
    let nearest = Infinity;
    mean.forEach((d, k) => k !== of[i] && d < nearest && (nearest = d));
    if (nearest === Infinity) continue;
    total += (nearest - a) / Math.max(a, nearest);
  }
  return total / n;
}

export interface SilhouetteParams {
  /** Thresholds within this distance of the global one are tried (Infinity: all of 0.00-0.30). */
  window: number;
}

// Worked out once per stratum (built once) and setting.
const chosenFor = new WeakMap<Built, Map<number, number>>();
export function silhouetteClusters(b: Built, p: SilhouetteParams): number[][] {
  const chosen = chosenFor.get(b) ?? chosenFor.set(b, new Map()).get(b)!;
  const key = p.window;
  if (!chosen.has(key)) {
    let best = { s: -Infinity, t: KEPT_SETTINGS.threshold };
    for (const t of SWEEP.filter((x) => Math.abs(x - KEPT_SETTINGS.threshold) <= p.window + 1e-9)) {
      const s = silhouette(b, cut(b, t));
      if (s > best.s) best = { s, t };
    }
    chosen.set(key, best.t);
  }
  return cut(b, chosen.get(key)!);
}

export const SILHOUETTE: GridTrial<SilhouetteParams> = {
  name: 'Threshold per question by the notes’ silhouette',
  grid: [Infinity, 0.1, 0.05, 0.03].map((window) => ({ window })),
  clusters: silhouetteClusters,
  describe: (p) => (p.window === Infinity ? 'any of 0.00-0.30' : `within ±${p.window} of ${KEPT_SETTINGS.threshold}`),
};

/** Average linkage where a join with a side under `small` notes needs `extra` more similarity: every join, best first. */
export function stricterForSmall(values: Float64Array, sizes: readonly number[], small: number, extra: number): Join[] {
  const m = sizes.length;
  const sim = Float64Array.from(values);
  const size = [...sizes];
  const live = new Set(Array.from({ length: m }, (_, i) => i));
  const joins: Join[] = [];
  while (live.size > 1) {
    let best: Join | null = null;
    const list = [...live];
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [a, c] = [list[x], list[y]];
        const score = sim[a * m + c] - (Math.min(size[a], size[c]) < small ? extra : 0);
        if (!best || score > best.similarity) best = { a, b: c, similarity: score };
      }
    const { a, b: c } = best!;
    joins.push(best!);
    for (const k of live) {
      if (k === a || k === c) continue;
      const joined = (sim[a * m + k] * size[a] + sim[c * m + k] * size[c]) / (size[a] + size[c]);
      sim[a * m + k] = sim[k * m + a] = joined;
    }
    size[a] += size[c];
    live.delete(c);
  }
  return joins;
}

/** Joins in the order made, cut at the first below the threshold (scores need not fall, so no later join counts). */
export function cutInOrder(
  b: Built,
  joins: readonly Join[],
  starts: readonly number[][],
  threshold: number,
): number[][] {
  const stop = joins.findIndex((j) => j.similarity < threshold);
  const made = stop < 0 ? joins : joins.slice(0, stop);
  const labels = cutTree(starts.length, made, -Infinity);
  const clusters: number[][] = [];
  labels.forEach((label, a) => (clusters[label] ??= []).push(...starts[a]));
  return clusters;
}

export interface SmallParams {
  small: number;
  extra: number;
  threshold: number;
}

const treesFor = new WeakMap<Built, Map<string, Join[]>>();
export function smallClusters(b: Built, p: SmallParams): number[][] {
  const trees = treesFor.get(b) ?? treesFor.set(b, new Map()).get(b)!;
  const key = `${p.small}|${p.extra}`;
  const joins =
    trees.get(key) ??
    trees
      .set(
        key,
        stricterForSmall(
          b.values,
          b.starts.map((s) => s.length),
          p.small,
          p.extra,
        ),
      )
      .get(key)!;
  return cutInOrder(b, joins, b.starts, p.threshold);
}

export const SMALL: GridTrial<SmallParams> = {
  name: 'Stricter join for small clusters',
  grid: [2, 3, 5, 10].flatMap((small) =>
    [0.02, 0.05, 0.1, 0.2].flatMap((extra) => SWEEP.map((threshold) => ({ small, extra, threshold }))),
  ),
  clusters: smallClusters,
  describe: (p) => `a side under ${p.small} notes needs +${p.extra}, threshold ${p.threshold}`,
};

export interface UnlikeParams {
  /** A grouped note whose average similarity to the rest of its group (without the bonus) is below this links alone. */
  below: number;
  threshold: number;
}

/** The starting items with each note unlike the rest of its group taken out to link alone. */
export function startsWithout(b: Built, below: number): number[][] {
  const n = b.items.length;
  return b.starts.flatMap((start) => {
    if (start.length < 3) return [start];
    const unlike = start.filter((i) => {
      let sum = 0;
      for (const j of start) if (j !== i) sum += b.pair[i * n + j] - KEPT_SETTINGS.groupBonus;
      return sum / (start.length - 1) < below;
    });
    const kept = start.filter((i) => !unlike.includes(i));
    return [kept, ...unlike.map((i) => [i])].filter((s) => s.length > 0);
  });
}

/** Average-linkage tree over given starting items (the kept rule). */
export function treeOver(b: Built, starts: readonly number[][], pair: Float64Array = b.pair): Join[] {
  const n = b.items.length;
  const m = starts.length;
  const values = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    values[a * m + a] = 1;
    for (let c = a + 1; c < m; c++) {
      let sum = 0;
      for (const i of starts[a]) for (const j of starts[c]) sum += pair[i * n + j];
      values[a * m + c] = values[c * m + a] = sum / (starts[a].length * starts[c].length);
    }
  }
  return averageLinkageTree({ n: m, values, sizes: starts.map((s) => s.length) });
}

const unlikeFor = new WeakMap<Built, Map<number, { starts: number[][]; joins: Join[] }>>();
export function unlikeClusters(b: Built, p: UnlikeParams): number[][] {
  const unlikeTrees = unlikeFor.get(b) ?? unlikeFor.set(b, new Map()).get(b)!;
  const key = p.below;
  if (!unlikeTrees.has(key)) {
    const starts = startsWithout(b, p.below);
    unlikeTrees.set(key, { starts, joins: treeOver(b, starts) });
  }
  const { starts, joins } = unlikeTrees.get(key)!;
  return cutInOrder(b, joins, starts, p.threshold);
}

export const UNLIKE: GridTrial<UnlikeParams> = {
  name: 'A note unlike the rest of its table group links alone',
  grid: [-0.15, -0.1, -0.05, 0, 0.05, 0.1].flatMap((below) => SWEEP.map((threshold) => ({ below, threshold }))),
  clusters: unlikeClusters,
  describe: (p) => `unlike below ${p.below}, threshold ${p.threshold}`,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  for (const trial of [SILHOUETTE, SMALL, UNLIKE] as GridTrial<unknown>[])
    if (wanted.length === 0 || wanted.some((w) => trial.name.toLowerCase().includes(w)))
      console.log(gridLine(runGrid(trial)));
}
