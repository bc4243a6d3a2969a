import type { Shown } from '../../../../shared/export/suppression';

// What a chart of the workspace shows, and the ECharts option that draws it. The figures are
// those the shareable files give (shared/synthesis/shareable.ts): a "<5" is drawn as long as 4
// whatever it hides, and a withheld "[c]" has no bar at all; each bar is labelled with the
// figure as shown, never the exact one, and there is no value axis to read a length off.

export interface ChartRow {
  label: string;
  value: Shown;
}

export interface ChartSpec {
  title: string;
  rows: readonly ChartRow[];
  /** Bars across (themes, zones) or columns up (a rating scale). */
  direction: 'across' | 'up';
}

/** NHS blue, on white: the picture reads the same in a light or dark window and on paper. */
const BAR = '#005eb8';
const TEXT = '#212b32';
const FONT = 'Arial, Helvetica, sans-serif';

/** The length a shown figure is drawn at. */
export function drawnLength(value: Shown): number {
  return value === '<5' ? 4 : value === '[c]' ? 0 : value;
}

/** The picture's size in CSS pixels: a bar per row across, or a column per row up. */
export function chartSize(spec: ChartSpec): { width: number; height: number } {
  const width = spec.direction === 'up' ? Math.max(360, 80 + spec.rows.length * 56) : 640;
  const title = titleLines(spec.title, width) * TITLE_LINE;
  if (spec.direction === 'up') return { width, height: 260 + title };
  return { width, height: 52 + title + spec.rows.length * 28 };
}

const TITLE_LINE = 20;
/** About how wide a bold 14 px character is, to wrap the title within the picture. */
const TITLE_CHAR = 7.6;

/** Lines the title takes when wrapped to the picture's width (the picture shows it whole). */
export function titleLines(title: string, width: number): number {
  return Math.max(1, Math.ceil((title.length * TITLE_CHAR) / (width - 96)));
}

/** Labels longer than this are cut with an ellipsis in the picture; the table beside it has them whole. */
const LABEL_CHARS = 34;

export function shortLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

export function chartOption(spec: ChartSpec): Record<string, unknown> {
  const { width } = chartSize(spec);
  const top = 20 + titleLines(spec.title, width) * TITLE_LINE;
  const labels = spec.rows.map((r) => shortLabel(r.label));
  const shown = spec.rows.map((r) => String(r.value));
  const category = {
    type: 'category',
    data: labels,
    inverse: spec.direction === 'across',
    axisTick: { show: false },
    axisLine: { lineStyle: { color: TEXT } },
    axisLabel: { color: TEXT, fontSize: 12, interval: 0 },
  };
  // No numbers on the value axis: each bar carries its shown figure, and a "<5" drawn at 4 must not read as 4.
  const value = { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } };
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT, color: TEXT },
    title: {
      text: spec.title,
      left: 8,
      top: 6,
      textStyle: {
        fontSize: 14,
        fontWeight: 'bold',
        color: TEXT,
        width: width - 96,
        overflow: 'break',
        lineHeight: TITLE_LINE,
      },
    },
    grid: { left: 12, right: 48, top, bottom: spec.direction === 'up' ? 24 : 12 },
    xAxis: spec.direction === 'across' ? value : category,
    yAxis: spec.direction === 'across' ? category : value,
    series: [
      {
        type: 'bar',
        data: spec.rows.map((r) => drawnLength(r.value)),
        barMaxWidth: 22,
        itemStyle: { color: BAR },
        label: {
          show: true,
          position: spec.direction === 'across' ? 'right' : 'top',
          color: TEXT,
          fontSize: 12,
          formatter: (p: { dataIndex: number }) => shown[p.dataIndex],
        },
      },
    ],
  };
}
