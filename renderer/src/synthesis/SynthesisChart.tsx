import { useId } from 'react';
import type { Shown } from '../../../shared/export/suppression';

interface BarChartProps {
  title: string;
  rows: readonly { label: string; value: Shown }[];
}

/**
 * Figures as the shareable files give them (shared/synthesis/shareable.ts). A "<5" is drawn as
 * long as 4, so a bar never tells what it hides; a withheld "[c]" has no bar at all.
 */
const drawn = (value: Shown) => (value === '<5' ? 4 : value === '[c]' ? 0 : value);

/**
 * A horizontal bar chart in SVG, for the eye, and the same figures as a table for everyone
 * else (screen readers read the table; the picture is hidden from them).
 */
export function BarChart({ title, rows }: BarChartProps) {
  const id = useId();
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => drawn(r.value)), 1);
  const width = 360;
  return (
    <figure className="synthesis-chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      <svg width={width + 200} height={rows.length * 22} aria-hidden="true" focusable="false">
        {rows.map((r, i) => (
          <g key={r.label} transform={`translate(0 ${i * 22})`}>
            <text x={0} y={15} className="synthesis-chart-label">
              {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
            </text>
            <rect
              x={190}
              y={3}
              height={16}
              width={Math.round((width * drawn(r.value)) / max)}
              className="synthesis-chart-bar"
            />
            <text x={196 + Math.round((width * drawn(r.value)) / max)} y={15} className="synthesis-chart-value">
              {String(r.value)}
            </text>
          </g>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{String(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
