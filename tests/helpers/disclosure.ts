// An attacker's arithmetic, written apart from shared/export/suppression.ts so it checks it:
// given a list of cells as shown ("<5" is 1–4, "[c]" any number from 0) and the total shown
// beside them, which withheld cells can be worked out to a single value? Brute force over the
// sums the other withheld cells can make.

export type ShownCell = number | string;

const isWithheld = (c: ShownCell) => typeof c === 'string';

function values(cell: ShownCell, limit: number): number[] {
  if (cell === '<5') return [1, 2, 3, 4];
  if (cell === '[c]') return Array.from({ length: limit + 1 }, (_, i) => i);
  throw new Error(`Unexpected cell ${String(cell)}`);
}

/** Indices of withheld cells whose value is the only one the shown figures allow. */
export function recoverableCells(cells: readonly ShownCell[], total: ShownCell): number[] {
  if (total === '[c]') return []; // no total to subtract from
  const totals = total === '<5' ? [1, 2, 3, 4] : [Number(total)];
  const known = cells.reduce<number>((s, c) => s + (isWithheld(c) ? 0 : Number(c)), 0);
  const limit = Math.max(...totals);
  const pinned: number[] = [];
  cells.forEach((cell, i) => {
    if (!isWithheld(cell)) return;
    // Sums the other withheld cells can reach, up to the largest total.
    let reach = new Set([0]);
    cells.forEach((other, j) => {
      if (j === i || !isWithheld(other)) return;
      const next = new Set<number>();
      for (const r of reach) for (const v of values(other, limit)) if (r + v <= limit) next.add(r + v);
      reach = next;
    });
    const feasible = values(cell, limit).filter((v) => totals.some((t) => reach.has(t - known - v)));
    if (feasible.length < 2) pinned.push(i);
  });
  return pinned;
}

/** A count people read is never 1 to 4. */
export const isSmall = (c: unknown) => typeof c === 'number' && c >= 1 && c <= 4;
