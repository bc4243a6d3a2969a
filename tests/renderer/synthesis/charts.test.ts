import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Shown } from '../../../shared/export/suppression';
import { chartFileName } from '../../../renderer/src/synthesis/charts/chartFiles';
import {
  chartOption,
  drawnLength,
  shortLabel,
  type ChartSpec,
} from '../../../renderer/src/synthesis/charts/chartOption';
import { chartSvg } from '../../../renderer/src/synthesis/charts/chartSvg';

// The workspace's charts are drawn by ECharts from the figures the shareable files give: what a
// reader sees must be exactly those figures, and a bar's length must never tell what a "<5" hides.

const shownValue: fc.Arbitrary<Shown> = fc.oneof(
  fc.constant<Shown>('<5'),
  fc.constant<Shown>('[c]'),
  fc.constant(0),
  fc.integer({ min: 5, max: 100_000 }),
);
const spec: fc.Arbitrary<ChartSpec> = fc.record({
  title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  rows: fc.array(fc.record({ label: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,50}$/), value: shownValue }), {
    minLength: 1,
    maxLength: 12,
  }),
  direction: fc.constantFrom<ChartSpec['direction']>('across', 'up'),
});

type Series = { data: number[]; label: { formatter(p: { dataIndex: number }): string } };

describe('workspace charts', () => {
  it('draw a "<5" as long as 4 and a withheld "[c]" not at all, and label every bar with the figure as shown', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const series = (chartOption(s).series as Series[])[0];
        s.rows.forEach((r, i) => {
          expect(series.data[i]).toBe(r.value === '<5' ? 4 : r.value === '[c]' ? 0 : r.value);
          expect(series.label.formatter({ dataIndex: i })).toBe(String(r.value));
        });
      }),
    );
  });

  it('have no numbers on the value axis, so a "<5" drawn at 4 cannot be read as 4', () => {
    const option = chartOption({ title: 'T', direction: 'across', rows: [{ label: 'A', value: '<5' }] });
    expect((option.xAxis as { axisLabel: { show: boolean } }).axisLabel.show).toBe(false);
    expect(drawnLength(7)).toBe(7);
  });

  it('come out of ECharts as an SVG with the title, each label and each shown figure in it', () => {
    const svg = chartSvg({
      title: 'Staff notes per theme',
      direction: 'across',
      rows: [
        { label: 'Not enough staff on nights and weekends', value: 120 },
        { label: 'Parking', value: '<5' },
        { label: 'Hidden', value: '[c]' },
      ],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Staff notes per theme');
    expect(svg).toContain(shortLabel('Not enough staff on nights and weekends'));
    expect(svg).toContain('>120<');
    expect(svg).toContain('>&lt;5<');
    expect(svg).toContain('>[c]<');
    // Nothing in it loads from anywhere.
    expect(svg).not.toMatch(/href="http|url\(http|@import/);
    // Exactly two bars drawn: 120 and the "<5"; the withheld one has none.
    const widths = [...svg.matchAll(/<path d="M[\d.]+ [\d.]+l([\d.]+) 0[^"]*" fill="#005eb8"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths.filter((w) => w > 0)).toHaveLength(2);
  });

  it('name their files from the title', () => {
    expect(chartFileName('Exercise 1: Benefits — staff notes per theme', 'png')).toBe(
      'exercise-1-benefits-staff-notes-per-theme.png',
    );
    expect(chartFileName('«»', 'svg')).toBe('chart.svg');
  });
});
