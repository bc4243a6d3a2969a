import { useId, useMemo, useState } from 'react';
import { announce } from '../a11y/announcer';
import { chartSize, type ChartRow, type ChartSpec } from './charts/chartOption';
import { downloadPng, downloadSvg, svgDataUrl } from './charts/chartFiles';
import { chartSvg } from './charts/chartSvg';

interface ChartProps {
  title: string;
  rows: readonly ChartRow[];
  direction?: ChartSpec['direction'];
  /** The table's first column heading, e.g. "Theme". */
  labelHeading?: string;
  valueHeading?: string;
}

/**
 * One chart of the workspace: drawn by ECharts as an SVG picture, the same figures as a table
 * for screen readers (the picture's text says so), and "Download PNG" / "Download SVG". The
 * figures are as the shareable files give them; see charts/chartOption.ts.
 */
export function Chart({ title, rows, direction = 'across', labelHeading = '', valueHeading = 'Count' }: ChartProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const key = JSON.stringify([title, rows, direction]);
  // The spec by value: a parent's new array of the same figures draws nothing again.
  const spec = useMemo<ChartSpec>(() => ({ title, rows, direction }), [key]);
  const svg = useMemo(() => chartSvg(spec), [spec]);
  if (rows.length === 0) return null;
  const { width, height } = chartSize(spec);

  async function png() {
    try {
      await downloadPng(title, svg, width, height);
      setProblem(null);
      announce(`Downloading the PNG of ${title}.`);
    } catch (error) {
      setProblem(`The PNG of "${title}" could not be made: ${(error as Error).message} The SVG download still works.`);
    }
  }

  return (
    <figure className="synthesis-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <img
        src={svgDataUrl(svg)}
        width={width}
        height={height}
        alt={`Bar chart of ${title}; its figures are in the table that follows.`}
      />
      <div className="synthesis-chart-actions">
        <button type="button" className="button" aria-label={`Download PNG of ${title}`} onClick={() => void png()}>
          Download PNG
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Download SVG of ${title}`}
          onClick={() => {
            downloadSvg(title, svg);
            announce(`Downloading the SVG of ${title}.`);
          }}
        >
          Download SVG
        </button>
      </div>
      {problem && (
        <p className="form-failure" role="alert">
          {problem}
        </p>
      )}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading || 'Label'}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.label}-${i}`}>
              <th scope="row">{r.label}</th>
              <td>{String(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
