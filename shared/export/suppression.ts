// Small counts in what people read, so that no group of 1 to 4 people can be singled out, and
// none can be worked out from the figures beside it (docs/EXPORT.md, "Small numbers").
//
// - A count of 1 to 4 reads "<5" (primary suppression).
// - A list of counts whose total is shown (notes by staff group beside "participant notes", a
//   rating's distribution beside "rated by") would give a lone "<5" away by subtraction. There,
//   more cells are withheld (complementary suppression), smallest first, until every withheld
//   cell could still be at least two values; in such a list every withheld cell reads "[c]",
//   the small ones too, so "[c]" really may be any number.
// - A mean is never shown beside a withheld cell: it is dropped (`meanShown`).

export type Shown = number | '<5' | '[c]';

export const SMALL_SHOWN = '<5';
export const WITHHELD = '[c]';

/** A count as people read it on its own: "<5" for 1 to 4. */
export function shown(count: number): Shown {
  return count > 0 && count < 5 ? SMALL_SHOWN : count;
}

export const isWithheld = (cell: Shown): cell is '<5' | '[c]' => typeof cell !== 'number';

/** What a reader knows of a shown cell: its least and greatest possible value. */
function bounds(cell: Shown): [number, number] {
  if (cell === SMALL_SHOWN) return [1, 4];
  if (cell === WITHHELD) return [0, Infinity];
  return [cell, cell];
}

/**
 * The withheld cells a reader could pin to one value from the shown cells and the shown total
 * (interval arithmetic over the sum: each "<5" is 1–4, each "[c]" any number from 0).
 */
export function pinnedCells(cells: readonly Shown[], total: Shown): number[] {
  const [totalLo, totalHi] = bounds(total);
  const known = cells.reduce<number>((sum, c) => sum + (isWithheld(c) ? 0 : c), 0);
  const pinned: number[] = [];
  cells.forEach((cell, i) => {
    if (!isWithheld(cell)) return;
    let othersLo = 0;
    let othersHi = 0;
    cells.forEach((other, j) => {
      if (j === i || !isWithheld(other)) return;
      const [lo, hi] = bounds(other);
      othersLo += lo;
      othersHi += hi;
    });
    const [lo, hi] = bounds(cell);
    const least = Math.max(lo, totalLo - known - othersHi);
    const most = Math.min(hi, totalHi - known - othersLo);
    if (most - least < 1) pinned.push(i);
  });
  return pinned;
}

/**
 * A list of counts as people may read it beside its total (`total` as shown, or null when no
 * total is shown anywhere): "<5" for 1 to 4, and, when the total would give one away, "[c]"
 * for every withheld cell, with as few more withheld as it takes.
 */
export function protectedCounts(values: readonly number[], total: Shown | null): Shown[] {
  const cells: Shown[] = values.map(shown);
  if (total === null || !cells.some(isWithheld) || pinnedCells(cells, total).length === 0) return cells;
  for (let i = 0; i < cells.length; i++) if (isWithheld(cells[i])) cells[i] = WITHHELD;
  while (pinnedCells(cells, total).length > 0) {
    const open = values.map((v, i) => ({ v, i })).filter(({ i }) => !isWithheld(cells[i]));
    if (open.length === 0) break;
    const next = open.find(({ v }) => v > 0) ? open.filter(({ v }) => v > 0) : open;
    next.sort((a, b) => a.v - b.v || a.i - b.i);
    cells[next[0].i] = WITHHELD;
  }
  return cells;
}

/** A rating's mean, or null when any cell of its distribution is withheld (the mean would give it away). */
export function meanShown(distribution: readonly number[], cells: readonly Shown[]): number | null {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0 || cells.some(isWithheld)) return null;
  return Math.round((distribution.reduce((s, c, i) => s + c * (i + 1), 0) / n) * 100) / 100;
}

/** A list's total as shown beside it. */
export const totalShown = (values: readonly number[]): Shown => shown(values.reduce((a, b) => a + b, 0));

/** A rating's distribution as shown beside its "rated by" total. */
export const ratingCells = (distribution: readonly number[]): Shown[] =>
  protectedCounts(distribution, totalShown(distribution));
