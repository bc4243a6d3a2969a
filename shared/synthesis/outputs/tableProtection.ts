import { shown, isWithheld, SMALL_SHOWN, WITHHELD, type Shown } from '../../export/suppression';

// Small counts in a table of counts with its totals: a cross-tab of theme × staff group beside
// each theme's count, each staff group's count and the question's notes, all linked to the
// figures already published (the codebook's theme counts, the synthesis's counts by staff group).
// shared/export/suppression.ts protects one list against its total; a table has many lists that
// cross, and a reader can narrow a withheld cell through its row, then its column, then its row
// again. So a table is a set of cells and of sums (total = its parts), and:
//
// - every count 1–4 reads "<5" (primary suppression);
// - while a reader could pin a withheld cell to one value, by narrowing every cell's range
//   through every sum in turn until nothing narrows, one more cell is withheld ("[c]") beside a
//   pinned one (complementary suppression): cells inside the table before totals, then the one
//   that leaves the least to pin (trying one or two cells ahead in tables small enough), then the
//   smallest count, so that withheld cells form rectangles rather than cascades through totals;
// - then every such added cell that protects nothing once the others are in is shown again,
//   the largest first, so totals (the headline figures) come back first;
// - once any cell had to be added, every withheld cell of the table reads "[c]", so "[c]" may
//   really be any number; cells fixed from an earlier output keep what that output shows.

export interface ProtectedTable {
  /** Exact counts, one per cell (totals are cells too). */
  values: number[];
  /** Sums that a reader knows hold: `total` is the sum of `parts` (indices into `values`). */
  sums: { total: number; parts: number[] }[];
  /** Cells whose shown value is already published elsewhere and must read the same here. */
  fixed?: Map<number, Shown>;
}

/** How many candidate cells are tried ahead before one is withheld. */
const LOOKAHEAD = 8;
/**
 * Trying cells ahead reads the whole table once per cell tried, so it is done for tables up to
 * this size: the synthesis's counts of notes (the headline figures) are well under it even for a
 * national dataset. A large cross-tab takes the lowest likeliest cell beside each pinned cell in
 * one round, and tries only its totals shown again afterwards.
 */
const LOOKAHEAD_CELLS = 600;

interface Range {
  lo: number;
  hi: number;
}

function rangeOf(cell: Shown): Range {
  if (cell === SMALL_SHOWN) return { lo: 1, hi: 4 };
  if (cell === WITHHELD) return { lo: 0, hi: Infinity };
  return { lo: cell, hi: cell };
}

/**
 * What a reader can work out of each cell from the shown cells and the sums: each cell's least
 * and greatest value, narrowed through every sum until nothing changes. Built once per table,
 * read many times while cells are tried withheld.
 */
export class TableReader {
  private readonly sumsOf: number[][];
  private readonly members: number[][];

  constructor(
    size: number,
    private readonly sums: ProtectedTable['sums'],
  ) {
    this.sumsOf = Array.from({ length: size }, () => []);
    this.members = sums.map(({ total, parts }) => [total, ...parts]);
    this.members.forEach((m, s) => m.forEach((c) => this.sumsOf[c].push(s)));
  }

  ranges(cells: readonly Shown[]): { lo: Float64Array; hi: Float64Array } {
    const n = cells.length;
    const lo = new Float64Array(n);
    const hi = new Float64Array(n);
    cells.forEach((c, i) => {
      const r = rangeOf(c);
      lo[i] = r.lo;
      hi[i] = r.hi;
    });
    // Only a sum with a withheld cell can narrow anything, and after that only the sums of a
    // cell that narrowed: a queue of those sums, each queued once at a time, until none narrows.
    const queued = new Uint8Array(this.sums.length);
    const queue: number[] = [];
    this.members.forEach((m, s) => {
      if (m.some((c) => isWithheld(cells[c]))) {
        queued[s] = 1;
        queue.push(s);
      }
    });
    const narrow = (c: number, least: number, most: number) => {
      const l = Math.max(lo[c], Math.ceil(least));
      const h = Math.min(hi[c], Math.floor(most));
      if (l > lo[c] || h < hi[c]) {
        lo[c] = l;
        hi[c] = h;
        for (const other of this.sumsOf[c])
          if (!queued[other]) {
            queued[other] = 1;
            queue.push(other);
          }
      }
    };
    for (let at = 0, budget = 200 * this.sums.length; at < queue.length && budget > 0; at++, budget--) {
      const s = queue[at];
      queued[s] = 0;
      const { total, parts } = this.sums[s];
      let sumLo = 0;
      let hiFinite = 0;
      let unbounded = 0;
      for (const p of parts) {
        sumLo += lo[p];
        if (hi[p] === Infinity) unbounded++;
        else hiFinite += hi[p];
      }
      narrow(total, sumLo, unbounded > 0 ? Infinity : hiFinite);
      const [tLo, tHi] = [lo[total], hi[total]];
      for (const p of parts) {
        const own = hi[p] === Infinity;
        const othersHi = unbounded - (own ? 1 : 0) > 0 ? Infinity : hiFinite - (own ? 0 : hi[p]);
        narrow(p, tLo - othersHi, tHi - (sumLo - lo[p]));
      }
    }
    return { lo, hi };
  }

  /** Withheld cells a reader can pin to a single value (other than none: that a cell is 0 tells nobody about anyone). */
  pinned(cells: readonly Shown[]): number[] {
    const { lo, hi } = this.ranges(cells);
    return cells.flatMap((c, i) => (isWithheld(c) && hi[i] - lo[i] < 1 && hi[i] > 0 ? [i] : []));
  }
}

/** The table as people may read it: every cell shown, "<5" or "[c]", none of the withheld ones recoverable. */
export function protectTable(table: ProtectedTable): Shown[] {
  const fixed = new Map(table.fixed ?? []);
  // A sum of one part is one figure shown twice (a theme in a single staff group is its count):
  // both read as the one of them fixed, if either is.
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of table.sums) {
      if (parts.length !== 1) continue;
      const [a, b] = [total, parts[0]];
      if (fixed.has(a) && !fixed.has(b)) fixed.set(b, fixed.get(a)!);
      else if (fixed.has(b) && !fixed.has(a)) fixed.set(a, fixed.get(b)!);
      else continue;
      changed = true;
    }
  }
  const cells: Shown[] = table.values.map((v, i) => fixed.get(i) ?? shown(v));
  const reader = new TableReader(cells.length, table.sums);
  const sumsOf = new Map<number, number[]>();
  table.sums.forEach(({ total, parts }, s) => {
    for (const c of [total, ...parts]) sumsOf.set(c, [...(sumsOf.get(c) ?? []), s]);
  });
  const members = (s: number) => [table.sums[s].total, ...table.sums[s].parts];
  const isOpen = (c: number) => !isWithheld(cells[c]) && !fixed.has(c);
  /** The open cells nearest to `from` through the sums: those sharing a sum with it, else one sum further, and so on. */
  const nearestOpen = (from: number): number[] => {
    const seen = new Set([from]);
    let layer = [from];
    while (layer.length > 0) {
      const next: number[] = [];
      for (const c of layer)
        for (const s of sumsOf.get(c) ?? [])
          for (const m of members(s))
            if (!seen.has(m)) {
              seen.add(m);
              next.push(m);
            }
      const open = next.filter(isOpen);
      if (open.length > 0) return open;
      layer = next;
    }
    return [];
  };
  const pinnedCount = () => reader.pinned(cells).length;
  // A cell's height: 0 for a cell inside the table, one more than its highest part for a total.
  // Totals are what a reader looks at first, so cells lower down are withheld before them.
  const height = new Map<number, number>();
  const heightOf = (c: number, seen = new Set<number>()): number => {
    if (height.has(c)) return height.get(c)!;
    if (seen.has(c)) return 0;
    seen.add(c);
    let h = 0;
    for (const s of sumsOf.get(c) ?? [])
      if (table.sums[s].total === c) for (const p of table.sums[s].parts) h = Math.max(h, heightOf(p, seen) + 1);
    height.set(c, h);
    return h;
  };
  const first = (score: (c: number) => number[]) => (a: number, b: number) => {
    const [x, y] = [score(a), score(b)];
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k] - y[k];
    return 0;
  };
  /**
   * The likeliest cells to withhold next: open cells nearest any pinned cell, lowest, non-zero
   * and small first, preferring cells whose other sum already has a withheld cell (so withheld cells form
   * rectangles rather than runs).
   */
  const candidates = (pinned: number[]): number[] => {
    const open = [...new Set(pinned.flatMap(nearestOpen))];
    const linked = (c: number) =>
      (sumsOf.get(c) ?? []).some((s) => members(s).some((m) => m !== c && !pinned.includes(m) && isWithheld(cells[m])));
    const byShape = (c: number) => [heightOf(c), table.values[c] > 0 ? 0 : 1, linked(c) ? 0 : 1, table.values[c], c];
    return open.sort(first(byShape)).slice(0, LOOKAHEAD);
  };
  /** The fewest cells a reader could pin once `c` is withheld, and then the best next cell if `depth` allows. */
  const leftAfter = (c: number, depth: number): number => {
    const was = cells[c];
    cells[c] = WITHHELD;
    const pinned = reader.pinned(cells);
    let left = pinned.length;
    if (depth > 0 && left > 0) for (const next of candidates(pinned)) left = Math.min(left, leftAfter(next, depth - 1));
    cells[c] = was;
    return left;
  };
  let added = false;
  for (let guard = 0; guard <= cells.length; guard++) {
    const pinned = reader.pinned(cells);
    if (pinned.length === 0) break;
    if (!added) {
      added = true;
      cells.forEach((c, i) => {
        if (c === SMALL_SHOWN && !fixed.has(i)) cells[i] = WITHHELD;
      });
      continue;
    }
    if (cells.length > LOOKAHEAD_CELLS) {
      // A large table: one cell beside each pinned cell at a time, the lowest likeliest, skipping
      // a pinned cell whose sums already took one this round (the next reading says if it still needs one).
      const touched = new Set<number>();
      for (const p of pinned) {
        if ((sumsOf.get(p) ?? []).some((s) => touched.has(s))) continue;
        const [best] = candidates([p]);
        if (best === undefined) continue;
        cells[best] = WITHHELD;
        for (const s of [...(sumsOf.get(p) ?? []), ...(sumsOf.get(best) ?? [])]) touched.add(s);
      }
      if (touched.size === 0) break;
      continue;
    }
    // Of the likeliest cells, the lowest, then the one that leaves a reader the least to pin,
    // looking one cell further: a total withheld to protect one small cell must itself be
    // protected through every other sum it is in, and such a choice cascades until most of the
    // table reads "[c]"; two cells of one column with their two partners form a rectangle that
    // protects itself.
    const likeliest = candidates(pinned);
    if (likeliest.length === 0) break;
    // One cell ahead first; two only when no single cell leaves fewer pinned than now.
    let left = new Map(likeliest.map((c) => [c, leftAfter(c, 0)]));
    if (Math.min(...left.values()) >= pinned.length) left = new Map(likeliest.map((c) => [c, leftAfter(c, 1)]));
    const rank = new Map(likeliest.map((c, i) => [c, i]));
    likeliest.sort(first((c) => [heightOf(c), left.get(c)!, rank.get(c)!]));
    cells[likeliest[0]] = WITHHELD;
  }
  // Greedy choices made early may be needless once later ones are in: show again every added
  // cell that protects nothing, the largest first, so totals (the headline figures) come back
  // before the cells under them.
  const complements = cells
    .map((c, i) => i)
    .filter((i) => isWithheld(cells[i]) && !fixed.has(i) && shown(table.values[i]) !== SMALL_SHOWN)
    // In a large table, each try reads the whole table: only the totals are tried there.
    .filter((i) => cells.length <= LOOKAHEAD_CELLS || heightOf(i) > 0)
    .sort((a, b) => table.values[b] - table.values[a] || a - b);
  for (const c of complements) {
    cells[c] = shown(table.values[c]);
    if (pinnedCount() > 0) cells[c] = WITHHELD;
  }
  // A withheld cell the reader can work out to be 0 reads 0: "[c]" there would only mislead.
  const { hi } = reader.ranges(cells);
  cells.forEach((c, i) => {
    if (isWithheld(c) && !fixed.has(i) && hi[i] === 0) cells[i] = 0;
  });
  return cells;
}
