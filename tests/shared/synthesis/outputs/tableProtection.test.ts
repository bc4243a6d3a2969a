import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shown, WITHHELD, type Shown } from '../../../../shared/export/suppression';
import { protectTable, type ProtectedTable } from '../../../../shared/synthesis/outputs/tableProtection';
import { Published } from '../../../helpers/crossTabAudit';
import { isSmall } from '../../../helpers/disclosure';

// A table of counts as a report prints one: rows × columns, each row's total, each column's
// total and the grand total (already published, so fixed). Over generated tables heavy in small
// counts: nothing reads 1 to 4, nothing withheld can be worked out by an attacker's arithmetic
// written apart from the protection, every cell withheld beyond the small ones is needed, and the
// totals a reader looks at first stay published, since cells inside the table can always protect
// a small cell of a table with two rows and two columns or more (a small total itself needs
// another total withheld beside it, so that case is left out).

interface Grid {
  values: number[][];
}

const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }));
const grids = fc
  .record({ rows: fc.integer({ min: 2, max: 5 }), cols: fc.integer({ min: 2, max: 4 }) })
  .chain(({ rows, cols }) =>
    fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  )
  .map((values): Grid => ({ values }));

/** The grid as cells and sums: interior cells, then row totals, column totals and the grand total. */
function asTable({ values }: Grid) {
  const rows = values.length;
  const cols = values[0].length;
  const cellValues = values.flat();
  const at = (r: number, c: number) => r * cols + c;
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const grand = rows * cols + rows + cols;
  cellValues.push(...values.map((row) => row.reduce((s, v) => s + v, 0)));
  cellValues.push(...values[0].map((_, c) => values.reduce((s, row) => s + row[c], 0)));
  cellValues.push(cellValues.slice(0, rows * cols).reduce((s, v) => s + v, 0));
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sums: ProtectedTable['sums'] = [
    ...range(rows).map((r) => ({ total: rowTotal(r), parts: range(cols).map((c) => at(r, c)) })),
    ...range(cols).map((c) => ({ total: colTotal(c), parts: range(rows).map((r) => at(r, c)) })),
    { total: grand, parts: range(rows).map(rowTotal) },
    { total: grand, parts: range(cols).map(colTotal) },
  ];
  const margins = [...range(rows).map(rowTotal), ...range(cols).map(colTotal)];
  return { table: { values: cellValues, sums, fixed: new Map([[grand, shown(cellValues[grand])]]) }, margins };
}

/** What an attacker can work out from the cells as shown: the withheld cells pinned to one value above 0. */
function recoverable(table: ProtectedTable, cells: readonly Shown[]) {
  const p = new Published();
  cells.forEach((c, i) => p.set(`c${i}`, c));
  table.sums.forEach(({ total, parts }, s) =>
    p.line(
      `s${s}`,
      `c${total}`,
      parts.map((i) => `c${i}`),
    ),
  );
  const ceiling = table.values.reduce((s, v) => Math.max(s, v), 0);
  return p.recoverable(ceiling).filter((r) => r.value > 0);
}

describe('protectTable', () => {
  it('shows no small count, lets none withheld be worked out, and withholds only what protects', () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const { table } = asTable(grid);
        const cells = protectTable(table);
        expect(cells.filter(isSmall)).toEqual([]);
        expect(recoverable(table, cells)).toEqual([]);
        // Every cell withheld although it is not small is needed: shown again, something is pinned.
        cells.forEach((c, i) => {
          if (c !== WITHHELD || isSmall(table.values[i]) || table.values[i] === 0) return;
          const again = cells.map((x, j) => (j === i ? table.values[i] : x));
          expect(recoverable(table, again), `cell ${i} (${table.values[i]}) protects something`).not.toEqual([]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every row and column total published when none of them is small', () => {
    fc.assert(
      fc.property(grids, (grid) => {
        const { table, margins } = asTable(grid);
        fc.pre(margins.every((m) => table.values[m] >= 5));
        const cells = protectTable(table);
        const hidden = margins.filter((m) => cells[m] === WITHHELD);
        expect(hidden.map((m) => table.values[m])).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
