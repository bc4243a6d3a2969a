// Trials of ways to improve the kept theme method, on the labelled set's stored 8-bit vectors
// (scripts/bench/themesTrials.ts): each variant is tuned on the training events only, then
// scored once on the held-out events. A variant is a vector transform (before linking), the
// linking (average linkage over the kept similarity, groups kept together), and a step after
// the cut (reassigning, merging). The tree is built once per stratum, so a threshold sweep is cheap.
// Usage: npx tsx scripts/bench/themesSearch.ts [variant names…]
import { scoreThemes, OTHER, type ThemeScores } from '../../shared/themes/score';
import { KEPT_SETTINGS, startingItems, type AssignSettings, type ThemeNote } from '../../shared/themes/assign';
import { averageLinkageTree, cutTree, type Join } from '../../shared/themes/linkage';
import { prepare, similarity, type Prepared } from '../../shared/themes/similarity';
import { RARE, TRAIN, TEST, type TrialStratum } from './themesTrials';

export interface Built {
  stratum: TrialStratum;
  notes: ThemeNote[];
  items: Prepared[];
  pair: Float64Array;
  starts: number[][];
  /** The starting items' average similarity, m × m (the table the tree was built from). */
  values: Float64Array;
  joins: Join[];
}

export type Transform = (notes: readonly ThemeNote[]) => ThemeNote[];
/** Clusters (indices into the stratum's notes) after the cut, changed by a later step. */
export type After = (clusters: number[][], b: Built, settings: AssignSettings) => number[][];

export const identity: Transform = (notes) => [...notes];

export function build(stratum: TrialStratum, settings: AssignSettings, transform: Transform): Built {
  const notes = transform(stratum.themeNotes);
  const items = prepare(notes, settings);
  const n = items.length;
  const pair = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    pair[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) pair[i * n + j] = pair[j * n + i] = similarity(items[i], items[j], settings);
  }
  const starts = startingItems(items, settings.groupsStayTogether ?? false);
  const m = starts.length;
  const values = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    values[a * m + a] = 1;
    for (let b = a + 1; b < m; b++) {
      let sum = 0;
      for (const i of starts[a]) for (const j of starts[b]) sum += pair[i * n + j];
      values[a * m + b] = values[b * m + a] = sum / (starts[a].length * starts[b].length);
    }
  }
  const joins = averageLinkageTree({ n: m, values, sizes: starts.map((s) => s.length) });
  return { stratum, notes, items, pair, starts, values, joins };
}

export function cut(b: Built, threshold: number): number[][] {
  const labels = cutTree(b.starts.length, b.joins, threshold);
  const clusters: number[][] = [];
  labels.forEach((label, a) => (clusters[label] ??= []).push(...b.starts[a]));
  return clusters.map((c) => c.sort((x, y) => x - y));
}

const rare = new Set(RARE);

export function scoreClusters(list: readonly Built[], clustersOf: (b: Built) => number[][]): ThemeScores {
  const predicted: Record<string, string> = {};
  const truth: Record<string, string> = {};
  const stratumOf = new Map<string, string>();
  for (const b of list) {
    clustersOf(b).forEach((members, t) =>
      members.forEach((i) => (predicted[b.notes[i].id] = members.length > 1 ? `${b.stratum.key}#${t}` : OTHER)),
    );
    for (const n of b.stratum.notes) {
      truth[n.id] = n.truth;
      stratumOf.set(n.id, b.stratum.key);
    }
  }
  return scoreThemes({ truth, predicted, stratumOf: (id) => stratumOf.get(id)!, rareThemes: rare });
}

export interface Variant {
  name: string;
  settings?: Partial<AssignSettings>;
  transform?: Transform;
  after?: After;
  /** Variants with the same key share their built trees (same transform and settings). */
  buildKey?: string;
  /** Thresholds to sweep on the training events (default 0.00 … 0.60). */
  thresholds?: number[];
}

export interface Result {
  name: string;
  threshold: number;
  train: ThemeScores;
  test: ThemeScores;
  ms: number;
}

const SWEEP = Array.from({ length: 61 }, (_, i) => +(0.0 + i * 0.01).toFixed(2));
const builtCache = new Map<string, Built[]>();
const builtOf = (key: string, make: () => Built[]) => builtCache.get(key) ?? builtCache.set(key, make()).get(key)!;

/** The training or held-out strata built once for these settings and transform (shared by every trial that asks). */
export function builtStrata(
  split: 'train' | 'test',
  settings: AssignSettings = KEPT_SETTINGS,
  transform: Transform = identity,
  key = 'plain',
): Built[] {
  return builtOf(`${split}|${key}|${JSON.stringify(settings)}`, () =>
    (split === 'train' ? TRAIN : TEST).map((s) => build(s, settings, transform)),
  );
}

export function run(v: Variant): Result {
  const settings: AssignSettings = { ...KEPT_SETTINGS, ...v.settings };
  const transform = v.transform ?? identity;
  const after = v.after ?? ((c) => c);
  const key = `${v.buildKey ?? (v.transform ? v.name : 'plain')}|${JSON.stringify(v.settings ?? {})}`;
  const train = builtOf(`train|${key}`, () => TRAIN.map((s) => build(s, settings, transform)));
  let best = { f1: -1, threshold: 0, scores: null as ThemeScores | null };
  for (const threshold of v.thresholds ?? SWEEP) {
    const scores = scoreClusters(train, (b) => after(cut(b, threshold), b, { ...settings, threshold }));
    if (scores.pairF1 > best.f1) best = { f1: scores.pairF1, threshold, scores };
  }
  const started = performance.now();
  const tuned = { ...settings, threshold: best.threshold };
  const test = builtOf(`test|${key}`, () => TEST.map((s) => build(s, tuned, transform)));
  const scores = scoreClusters(test, (b) => after(cut(b, best.threshold), b, tuned));
  return {
    name: v.name,
    threshold: best.threshold,
    train: best.scores!,
    test: scores,
    ms: performance.now() - started,
  };
}

export function report(r: Result): string {
  const f = (x: number) => x.toFixed(3);
  const t = r.test;
  const apart = t.rare.filter((x) => x.keptApart).length;
  return `${r.name} | t ${r.threshold} | train ${f(r.train.pairF1)} | test P ${f(t.pairPrecision)} R ${f(t.pairRecall)} F1 ${f(t.pairF1)} ARI ${f(t.adjustedRand)} cov ${(t.coverage * 100).toFixed(0)}% themes ${t.themes} rare apart ${apart}/${t.rare.length} | ${r.ms.toFixed(0)} ms`;
}
