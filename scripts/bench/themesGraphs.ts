// Graph and density ways of finding themes, tried against the kept average linkage on the
// labelled set (scripts/bench/themesGrid.ts tunes each on the training events):
// - a k-nearest-neighbour graph of the notes (the kept similarity: centred embeddings, shared
//   words, the group bonus) cut into communities by Louvain (graphology-communities-louvain),
//   with the tables' groups as strong edges and then kept whole (each group goes where most of
//   its notes went);
// - UMAP (umap-js) of the starting items (a group's notes as one point), then HDBSCAN
//   (hdbscan-ts); outliers join the theme they are most like on average when it is near enough,
//   else stay "other".
// - shared nearest neighbours: two notes' similarity raised by the share of their k nearest
//   neighbours they have in common (robust where a few notes are near everything), then the kept
//   average linkage.
// Usage: npx tsx scripts/bench/themesGraphs.ts [louvain|umap|shared]
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { HDBSCAN } from 'hdbscan-ts';
import { UMAP } from 'umap-js';
import { seededRandom } from '../lib/seededRandom';
import { gridLine, runGrid, type GridTrial } from './themesGrid';
import type { Built } from './themesSearch';
import { cutInOrder, treeOver } from './themesRules';
import type { Join } from '../../shared/themes/linkage';

/** Each table group's notes put in the community that holds most of them (ties: the lowest), so groups stay whole. */
export function groupsKeptWhole(b: Built, community: Int32Array): number[][] {
  const label = Int32Array.from(community);
  for (const start of b.starts) {
    if (start.length < 2) continue;
    const count = new Map<number, number>();
    for (const i of start) count.set(community[i], (count.get(community[i]) ?? 0) + 1);
    const [home] = [...count].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    for (const i of start) label[i] = home;
  }
  const clusters = new Map<number, number[]>();
  label.forEach((c, i) => clusters.set(c, [...(clusters.get(c) ?? []), i]));
  return [...clusters.values()];
}

export interface LouvainParams {
  k: number;
  resolution: number;
  /** Weight of an edge between two notes a table grouped, added to their similarity. */
  groupEdge: number;
}

export function louvainClusters(b: Built, p: LouvainParams): number[][] {
  const n = b.items.length;
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  const link = (i: number, j: number, w: number) => {
    if (w <= 0) return;
    const [a, c] = [String(Math.min(i, j)), String(Math.max(i, j))];
    if (graph.hasEdge(a, c))
      graph.setEdgeAttribute(a, c, 'weight', Math.max(graph.getEdgeAttribute(a, c, 'weight'), w));
    else graph.addEdge(a, c, { weight: w });
  };
  for (let i = 0; i < n; i++) {
    const order = Array.from({ length: n }, (_, j) => j)
      .filter((j) => j !== i)
      .sort((x, y) => b.pair[i * n + y] - b.pair[i * n + x] || x - y);
    for (const j of order.slice(0, p.k)) link(i, j, b.pair[i * n + j]);
  }
  for (const start of b.starts)
    for (let x = 0; x < start.length; x++)
      for (let y = x + 1; y < start.length; y++)
        link(start[x], start[y], b.pair[start[x] * n + start[y]] + p.groupEdge);
  const community = new Int32Array(n).map((_, i) => i);
  if (graph.size > 0) {
    const found = louvain(graph, { resolution: p.resolution, rng: seededRandom(7), getEdgeWeight: 'weight' });
    for (let i = 0; i < n; i++) community[i] = found[String(i)];
  }
  return groupsKeptWhole(b, community);
}

export const LOUVAIN: GridTrial<LouvainParams> = {
  name: 'kNN graph + Louvain, groups as strong edges then kept whole',
  grid: [5, 8, 10, 15].flatMap((k) =>
    [0.5, 0.8, 1, 1.3, 1.6, 2, 2.5, 3].flatMap((resolution) =>
      [0, 1].map((groupEdge) => ({ k, resolution, groupEdge })),
    ),
  ),
  clusters: louvainClusters,
  describe: (p) => `k ${p.k}, resolution ${p.resolution}, group edge +${p.groupEdge}`,
};

/** The starting items' mean vectors, unit length. */
function itemVectors(b: Built): number[][] {
  return b.starts.map((start) => {
    const v = new Float64Array(b.items[0].vector.length);
    for (const i of start) for (let k = 0; k < v.length; k++) v[k] += b.items[i].vector[k];
    const norm = Math.hypot(...v) || 1;
    return Array.from(v, (x) => x / norm);
  });
}

const cosineDistance = (a: number[], c: number[]) => {
  let dot = 0;
  for (let k = 0; k < a.length; k++) dot += a[k] * c[k];
  return 1 - dot;
};

// Worked out once per stratum (built once) and setting.
const reducedFor = new WeakMap<Built, Map<string, number[][]>>();
function umapOf(b: Built, neighbours: number, dims: number): number[][] {
  const reduced = reducedFor.get(b) ?? reducedFor.set(b, new Map()).get(b)!;
  const key = `${neighbours}|${dims}`;
  const cached = reduced.get(key);
  if (cached) return cached;
  const points = itemVectors(b);
  const m = points.length;
  const out =
    m <= dims + 1
      ? points
      : new UMAP({
          nNeighbors: Math.min(neighbours, m - 1),
          nComponents: dims,
          minDist: 0,
          random: seededRandom(11),
          distanceFn: cosineDistance,
        }).fit(points);
  reduced.set(key, out);
  return out;
}

export interface DensityParams {
  neighbours: number;
  dims: number;
  minCluster: number;
  /** An outlier joins the theme it is most like on average at this similarity or more (null: outliers stay "other"). */
  joinAt: number | null;
}

export function umapHdbscanClusters(b: Built, p: DensityParams): number[][] {
  const m = b.starts.length;
  const points = umapOf(b, p.neighbours, p.dims);
  const labels =
    m >= p.minCluster * 2
      ? new HDBSCAN({ minClusterSize: p.minCluster, minSamples: 1 }).fit(points)
      : Array(m).fill(-1);
  const themes = new Map<number, number[]>();
  labels.forEach((l, a) => l >= 0 && themes.set(l, [...(themes.get(l) ?? []), a]));
  const found = [...themes.values()];
  const size = (items: number[]) => items.reduce((s, a) => s + b.starts[a].length, 0);
  const alone: number[][] = [];
  const joined = found.map((t) => [...t]);
  labels.forEach((l, a) => {
    if (l >= 0) return;
    let best = -1;
    let bestScore = p.joinAt ?? Infinity;
    found.forEach((t, c) => {
      let sum = 0;
      for (const x of t) sum += b.values[a * m + x] * b.starts[x].length;
      const score = sum / size(t);
      if (score >= bestScore) [best, bestScore] = [c, score];
    });
    if (best >= 0) joined[best].push(a);
    else alone.push([a]);
  });
  return [...joined, ...alone].map((items) => items.flatMap((a) => b.starts[a]));
}

export const UMAP_HDBSCAN: GridTrial<DensityParams> = {
  name: 'UMAP (cosine) then HDBSCAN over groups and lone notes',
  grid: [5, 10, 15].flatMap((neighbours) =>
    [2, 5, 10].flatMap((dims) =>
      [2, 3, 5, 8].flatMap((minCluster) =>
        [null, 0, 0.05, 0.1].map((joinAt) => ({ neighbours, dims, minCluster, joinAt })),
      ),
    ),
  ),
  clusters: umapHdbscanClusters,
  describe: (p) =>
    `UMAP ${p.neighbours} neighbours to ${p.dims} dims, min cluster ${p.minCluster}, outliers ${p.joinAt === null ? 'left as "other"' : `join at ≥ ${p.joinAt}`}`,
};

export interface SharedParams {
  k: number;
  /** Weight of the shared-neighbour share added to the kept similarity. */
  weight: number;
  threshold: number;
}

const sharedFor = new WeakMap<Built, Map<string, Join[]>>();
export function sharedNeighbourClusters(b: Built, p: SharedParams): number[][] {
  const trees = sharedFor.get(b) ?? sharedFor.set(b, new Map()).get(b)!;
  const key = `${p.k}|${p.weight}`;
  if (!trees.has(key)) {
    const n = b.items.length;
    const near = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => j)
        .filter((j) => j !== i)
        .sort((x, y) => b.pair[i * n + y] - b.pair[i * n + x] || x - y)
        .slice(0, p.k),
    );
    const member = near.map((list) => new Set(list));
    const pair = Float64Array.from(b.pair);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let common = 0;
        for (const x of near[i]) if (member[j].has(x)) common++;
        pair[i * n + j] = pair[j * n + i] = b.pair[i * n + j] + (p.weight * common) / Math.max(1, Math.min(p.k, n - 2));
      }
    trees.set(key, treeOver(b, b.starts, pair));
  }
  return cutInOrder(b, trees.get(key)!, b.starts, p.threshold);
}

export const SHARED: GridTrial<SharedParams> = {
  name: 'Shared nearest neighbours added to the similarity, then average linkage',
  grid: [5, 10, 20, 30].flatMap((k) =>
    [0.1, 0.3, 0.6, 1].flatMap((weight) =>
      Array.from({ length: 51 }, (_, i) => ({ k, weight, threshold: +(i * 0.01).toFixed(2) })),
    ),
  ),
  clusters: sharedNeighbourClusters,
  describe: (p) => `k ${p.k}, weight ${p.weight}, threshold ${p.threshold}`,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  for (const trial of [LOUVAIN, UMAP_HDBSCAN, SHARED] as GridTrial<unknown>[])
    if (wanted.length === 0 || wanted.some((w) => trial.name.toLowerCase().includes(w)))
      console.log(gridLine(runGrid(trial)));
}
