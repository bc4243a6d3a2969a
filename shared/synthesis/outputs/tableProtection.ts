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
//   through every sum in turn until nothing narrows, one more cell is withheld ("[c]") in a sum
//   that pins it: the smallest count, preferring cells whose other sum already has a withheld
//   cell, so that withheld cells form rectangles rather than runs (complementary suppression);
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
 * and greatest value, narrowed through every sum until nothing changes.
 */
export function readerRanges(cells: readonly Shown[], sums: ProtectedTable['sums']): Range[] {
  const ranges = cells.map(rangeOf);
  for (let round = 0, changed = true; changed && round < 200; round++) {
    changed = false;
    for (const { total, parts } of sums) {
      let lo = 0;
      let hiFinite = 0;
      let unbounded = 0;
      for (const p of parts) {
        lo += ranges[p].lo;
        if (ranges[p].hi === Infinity) unbounded++;
        else hiFinite += ranges[p].hi;
      }
      const t = ranges[total];
      const narrow = (r: Range, least: number, most: number) => {
        const l = Math.max(r.lo, Math.ceil(least));
        const h = Math.min(r.hi, Math.floor(most));
        if (l > r.lo || h < r.hi) {
          r.lo = l;
          r.hi = h;
          changed = true;
        }
      };
      narrow(t, lo, unbounded > 0 ? Infinity : hiFinite);
      for (const p of parts) {
        const r = ranges[p];
        const own = r.hi === Infinity;
        const othersHi = unbounded - (own ? 1 : 0) > 0 ? Infinity : hiFinite - (own ? 0 : r.hi);
        narrow(r, t.lo - othersHi, t.hi - (lo - r.lo));
      }
    }
  }
  return ranges;
}

/** Withheld cells a reader can pin to a single value (other than none: that a cell is 0 tells nobody about anyone). */
export function pinnedInTable(cells: readonly Shown[], sums: ProtectedTable['sums']): number[] {
  const ranges = readerRanges(cells, sums);
  return cells.flatMap((c, i) => (isWithheld(c) && ranges[i].hi - ranges[i].lo < 1 && ranges[i].hi > 0 ? [i] : []));
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
  let added = false;
  for (let guard = 0; guard <= cells.length; guard++) {
    const pinned = pinnedInTable(cells, table.sums);
    if (pinned.length === 0) break;
    if (!added) {
      added = true;
      cells.forEach((c, i) => {
        if (c === SMALL_SHOWN && !fixed.has(i)) cells[i] = WITHHELD;
      });
      continue;
    }
    const open = pinned.map(nearestOpen).find((list) => list.length > 0);
    if (!open) break;
    const linked = (c: number) =>
      (sumsOf.get(c) ?? []).some((s) => members(s).some((m) => m !== c && !pinned.includes(m) && isWithheld(cells[m])));
    const score = (c: number) => [table.values[c] > 0 ? 0 : 1, linked(c) ? 0 : 1, table.values[c], c];
    open.sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k] - y[k];
      return 0;
    });
    cells[open[0]] = WITHHELD;
  }
  // A withheld cell the reader can work out to be 0 reads 0: "[c]" there would only mislead.
  const ranges = readerRanges(cells, table.sums);
  cells.forEach((c, i) => {
    if (isWithheld(c) && !fixed.has(i) && ranges[i].hi === 0) cells[i] = 0;
  });
  return cells;
}
