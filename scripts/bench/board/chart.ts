export interface Series {
  label: string;
  colour: string;
  dashed?: boolean;
  /** [note count, milliseconds] */
  points: [number, number][];
}

/** A plain SVG line chart of frame time against note count, with the 60 fps and 30 fps lines marked. */
export function frameTimeChart(title: string, series: Series[]): string {
  const width = 900;
  const height = 520;
  const pad = { left: 70, right: 230, top: 50, bottom: 60 };
  const counts = [...new Set(series.flatMap((s) => s.points.map(([n]) => n)))].sort((a, b) => a - b);
  const maxMs = Math.max(40, ...series.flatMap((s) => s.points.map(([, ms]) => ms))) * 1.1;
  const x = (n: number) =>
    pad.left + (counts.indexOf(n) / Math.max(1, counts.length - 1)) * (width - pad.left - pad.right);
  const y = (ms: number) => height - pad.bottom - (ms / maxMs) * (height - pad.top - pad.bottom);
  const guide = (ms: number, label: string) =>
    `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#768692" stroke-dasharray="4 4"/><text x="${pad.left + 6}" y="${y(ms) - 5}" font-size="12" fill="#4c6272">${label}</text>`;
  const lines = series
    .map((s, i) => {
      const d = s.points.map(([n, ms], j) => `${j === 0 ? 'M' : 'L'}${x(n).toFixed(1)},${y(ms).toFixed(1)}`).join(' ');
      const dots = s.points
        .map(([n, ms]) => `<circle cx="${x(n)}" cy="${y(ms)}" r="3.5" fill="${s.colour}"/>`)
        .join('');
      const key = `<rect x="${width - pad.right + 20}" y="${pad.top + 40 + i * 22}" width="16" height="4" fill="${s.colour}"/><text x="${width - pad.right + 42}" y="${pad.top + 46 + i * 22}" font-size="13" fill="#212b32">${s.label}</text>`;
      return `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2.5" ${s.dashed ? 'stroke-dasharray="7 5"' : ''}/>${dots}${key}`;
    })
    .join('');
  const xTicks = counts
    .map(
      (n) =>
        `<text x="${x(n)}" y="${height - pad.bottom + 22}" font-size="13" text-anchor="middle" fill="#212b32">${n.toLocaleString('en-GB')}</text>`,
    )
    .join('');
  const yTicks = Array.from({ length: 6 }, (_, i) => (maxMs / 5) * i)
    .map(
      (ms) =>
        `<text x="${pad.left - 10}" y="${y(ms) + 4}" font-size="12" text-anchor="end" fill="#212b32">${ms.toFixed(0)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Inter, Arial, sans-serif">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${pad.left}" y="28" font-size="17" font-weight="600" fill="#212b32">${title}</text>
<line x1="${pad.left}" x2="${pad.left}" y1="${pad.top}" y2="${height - pad.bottom}" stroke="#212b32"/>
<line x1="${pad.left}" x2="${width - pad.right}" y1="${height - pad.bottom}" y2="${height - pad.bottom}" stroke="#212b32"/>
${guide(16.7, '16.7 ms (60 fps)')}${guide(33.3, '33 ms (30 fps)')}${xTicks}${yTicks}
<text x="${(pad.left + width - pad.right) / 2}" y="${height - 16}" font-size="13" text-anchor="middle" fill="#4c6272">notes on the board</text>
<text x="18" y="${(pad.top + height - pad.bottom) / 2}" font-size="13" fill="#4c6272" transform="rotate(-90 18 ${(pad.top + height - pad.bottom) / 2})" text-anchor="middle">ms per frame</text>
${lines}
</svg>`;
}
