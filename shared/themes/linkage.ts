// Average-linkage (UPGMA) clustering over a precomputed similarity table. The whole tree is
// built once; cutting it at a threshold is then cheap, so a threshold can be tuned by trying
// many. Average-linkage join heights never rise, so a cut at t keeps exactly the joins whose
// similarity is at least t. Ties go to the lowest indices, so the same input gives the same tree.

/** A symmetric n × n similarity table, row by row. */
export interface SimilarityTable {
  n: number;
  values: Float64Array;
  /** How many notes each item already holds (a table's group starts as one item), 1 each if absent. */
  sizes?: ArrayLike<number>;
}

export interface Join {
  /** The two clusters joined, by the index of their first item (a < b after the join, a keeps the name). */
  a: number;
  b: number;
  similarity: number;
}

/**
 * Every join, most similar first, until one cluster is left or nothing more is similar at all
 * (above -Infinity), or, given `floor`, until the next join would be less similar than that: the
 * joins a cut at `floor` keeps, and none it does not (so a cut there costs none of the rest).
 * With `inPlace` the table's values are used as the working table, so the caller must not need them after.
 */
export function averageLinkageTree(table: SimilarityTable, floor = -Infinity, inPlace = false): Join[] {
  const { n } = table;
  // In place, the caller's table is worked on (and left changed) rather than copied first.
  const sim = inPlace ? table.values : Float64Array.from(table.values);
  const size = table.sizes ? Int32Array.from(table.sizes) : new Int32Array(n).fill(1);
  // The living clusters, in ascending order (the order every scan below goes in, so ties go to
  // the lowest index): a scan costs the clusters left, not every item ever given.
  const live = Int32Array.from({ length: n }, (_, i) => i);
  let living = n;
  // Each living cluster's most similar living cluster (ties: the lowest) and that similarity,
  // held rather than read again from the table (a read across its rows) each step.
  const best = new Int32Array(n).fill(-1);
  const bestSim = new Float64Array(n);
  const stale = new Uint8Array(n);
  const findBest = (i: number) => {
    const row = i * n;
    let found = -1;
    let value = 0;
    for (let x = 0; x < living; x++) {
      const j = live[x];
      if (j === i) continue;
      const v = sim[row + j];
      if (found < 0 || v > value) {
        found = j;
        value = v;
      }
    }
    best[i] = found;
    bestSim[i] = value;
  };
  for (let i = 0; i < n; i++) findBest(i);
  const joins: Join[] = [];
  for (let step = 0; step < n - 1; step++) {
    let a = -1;
    for (let x = 0; x < living; x++) {
      const i = live[x];
      if (best[i] >= 0 && (a < 0 || bestSim[i] > bestSim[a])) a = i;
    }
    if (a < 0 || bestSim[a] < floor) break;
    let b = best[a];
    if (b < a) [a, b] = [b, a];
    joins.push({ a, b, similarity: sim[a * n + b] });
    const [sizeA, sizeB] = [size[a], size[b]];
    const rowA = a * n;
    const rowB = b * n;
    for (let x = 0; x < living; x++) {
      const k = live[x];
      if (k === a || k === b) continue;
      const joined = (sim[rowA + k] * sizeA + sim[rowB + k] * sizeB) / (sizeA + sizeB);
      // A cluster whose most similar was a stays with a when the join made a no less similar:
      // a was above every other (or tied, and lowest), and still is. Only the rest look again.
      stale[k] = best[k] === b || (best[k] === a && joined < sim[rowA + k]) ? 1 : 0;
      sim[rowA + k] = sim[k * n + a] = joined;
    }
    size[a] = sizeA + sizeB;
    const at = live.subarray(0, living).indexOf(b);
    live.copyWithin(at, at + 1, living);
    living--;
    best[b] = -1;
    for (let x = 0; x < living; x++) {
      const k = live[x];
      const toA = sim[rowA + k];
      if (k === a || stale[k] === 1) findBest(k);
      else if (best[k] === a || toA > bestSim[k] || (toA === bestSim[k] && a < best[k])) {
        best[k] = a;
        bestSim[k] = toA;
      }
    }
  }
  return joins;
}

/** The clusters left when only joins of similarity ≥ threshold are made: a cluster number per item, 0.. in order of first item. */
export function cutTree(n: number, joins: readonly Join[], threshold: number): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const join of joins) {
    if (join.similarity < threshold) break;
    const [ra, rb] = [find(join.a), find(join.b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const label = new Int32Array(n);
  const names = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (!names.has(root)) names.set(root, names.size);
    label[i] = names.get(root)!;
  }
  return label;
}

/** Cosine similarity of every pair of unit vectors (dense), as a table. */
export function cosineTable(vectors: readonly ArrayLike<number>[]): SimilarityTable {
  const n = vectors.length;
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [vectors[i], vectors[j]];
      let dot = 0;
      for (let k = 0; k < a.length; k++) dot += a[k] * b[k];
      values[i * n + j] = values[j * n + i] = dot;
    }
  }
  return { n, values };
}
