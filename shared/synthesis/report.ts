import { PII_KIND_LABELS } from '../export/pii';
import {
  shownCount,
  type CountRow,
  type QuestionSynthesis,
  type RatingSummary,
  type Synthesis,
  type Theme,
} from './types';

// "What staff have told us so far": the synthesis as one self-contained, printable HTML page.
// No script, no external file: the charts are inline SVG, each with the same figures as a
// text alternative. Every count from 1 to 4 reads "<5".

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #005eb8;padding-bottom:.2rem}h3{margin-bottom:.2rem}
.facts{color:#4c6272}.theme{margin:1rem 0 1.2rem;padding-left:.8rem;border-left:4px solid #005eb8}.count{color:#4c6272;font-size:.9rem}
blockquote{margin:.5rem 0;font-style:italic}blockquote footer{font-style:normal;color:#4c6272;font-size:.9rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #aeb7bd;padding:.2rem .6rem;text-align:left}td.n{text-align:right}
svg text{font:12px system-ui,sans-serif;fill:#1b1f24}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.theme,figure{break-inside:avoid}}
@page{size:A4;margin:18mm}`;

function barChart(title: string, rows: readonly { label: string; value: number }[]): string {
  if (rows.length === 0) return '';
  const width = 520;
  const labelWidth = 200;
  const max = Math.max(...rows.map((r) => r.value), 1);
  const bars = rows
    .map((r, i) => {
      const y = i * 24;
      // A count from 1 to 4 is drawn as long as 4, so a bar never tells what "<5" hides.
      const w = Math.round(((width - labelWidth - 50) * (r.value > 0 && r.value < 5 ? 4 : r.value)) / max);
      return `<text x="0" y="${y + 15}">${escape(r.label.slice(0, 32))}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="16" fill="#005eb8"/><text x="${labelWidth + w + 6}" y="${y + 15}">${shownCount(r.value)}</text>`;
    })
    .join('');
  const alt = rows.map((r) => `${r.label}: ${shownCount(r.value)}`).join('; ');
  return `<figure><svg role="img" aria-label="${escape(`${title}. ${alt}`)}" width="${width}" height="${rows.length * 24 + 4}" viewBox="0 0 ${width} ${rows.length * 24 + 4}">${bars}</svg><figcaption>${escape(title)}</figcaption></figure>`;
}

function countTable(caption: string, rows: readonly CountRow[]): string {
  if (rows.length === 0) return '';
  const body = rows
    .map((r) => `<tr><td>${escape(r.label)}</td><td class="n">${shownCount(r.count)}</td></tr>`)
    .join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr><th scope="col">${escape(caption)}</th><th scope="col">Notes</th></tr></thead><tbody>${body}</tbody></table>`;
}

function themeBlock(theme: Theme): string {
  const subPoints = theme.subPoints.length
    ? `<ul>${theme.subPoints.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>`
    : '';
  const quotes = theme.quotes
    .map((q) => `<blockquote><p>“${escape(q.text)}”</p><footer>${escape(q.label)}</footer></blockquote>`)
    .join('');
  const counts = `${shownCount(theme.notes)} notes from ${theme.events} events${theme.dots ? `, ${shownCount(theme.dots)} dots` : ''}`;
  return `<section class="theme"><h4>${escape(theme.headline)}</h4><p class="count">${counts}</p>${subPoints}${quotes}</section>`;
}

function ratingChart(rating: RatingSummary): string {
  const rows = rating.distribution.map((value, i) => ({ label: `${i + 1} of ${rating.scale}`, value }));
  const mean = rating.mean === null ? '' : ` (mean ${rating.mean.toFixed(1)})`;
  return barChart(`${rating.zoneLabel}: ratings${mean}`, rows);
}

function questionBlock(q: QuestionSynthesis): string {
  const parts = [
    `<h2>${escape(q.title)}</h2><p class="facts">Run at ${q.events} events · ${shownCount(q.notes.staff)} staff notes · ${shownCount(q.notes.public)} public notes · ${shownCount(q.ungrouped)} notes in no group</p>`,
  ];
  for (const [audience, heading] of [
    ['staff', 'What staff said'],
    ['public', 'What the public said'],
  ] as const) {
    const themes = q.themes[audience];
    if (themes.length === 0) continue;
    parts.push(`<h3>${heading}</h3>`, ...themes.map(themeBlock));
    const also = q.alsoRaised[audience];
    if (also.length)
      parts.push(
        `<p><strong>Also raised:</strong> ${also.map((t) => `${escape(t.headline)} (${shownCount(t.notes)})`).join('; ')}</p>`,
      );
  }
  parts.push(
    barChart(
      'Dots by zone',
      q.dotsByZone.map((r) => ({ label: r.label, value: r.count })),
    ),
  );
  parts.push(...q.ratings.map(ratingChart));
  if (q.stances.length)
    parts.push(
      barChart(
        'Stance',
        q.stances.map((s) => ({ label: `${s.phase}: ${s.option}`, value: s.count })),
      ),
    );
  return parts.join('\n');
}

/** How many possible personal details were withheld, by kind and by file: never the text. */
function withheldBlock(synthesis: Synthesis): string {
  const found = synthesis.piiWithheld;
  if (found.length === 0) return '';
  const by = (pick: (f: (typeof found)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const f of found) counts.set(pick(f), (counts.get(pick(f)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${escape(k)}: ${n}`).join('; ');
  };
  return `<h2>Withheld until reviewed</h2>
<p>The synthesis's own check found ${found.length} possible personal detail${found.length === 1 ? '' : 's'} in the exports' text and shows each as “[withheld …]” until an organiser has reviewed it. By kind: ${by((f) => PII_KIND_LABELS[f.kind])}. By file: ${by((f) => f.source)}. Each is listed, by file and field, in the synthesis JSON (<code>piiWithheld</code>).</p>`;
}

/** The report as one HTML document. */
export function synthesisReportHtml(synthesis: Synthesis, generatedAt: string): string {
  const t = synthesis.totals;
  const facts = `${t.events} events · ${t.sessions} sessions · ${t.tables} tables · ${shownCount(t.participantNotes)} participant notes (${shownCount(t.notesByAudience.staff)} staff, ${shownCount(t.notesByAudience.public)} public) · ${shownCount(t.dots)} dots · ${shownCount(t.ratings)} ratings`;
  const counts = [
    countTable('Staff group', synthesis.counts.staffGroup),
    countTable('Sector', synthesis.counts.sector),
    countTable('Shift', synthesis.counts.shift),
    countTable('Exercise', synthesis.counts.template),
  ].join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>What staff have told us so far</title><style>${STYLE}</style></head>
<body><h1>What staff have told us so far</h1>
<p class="facts">${facts}. Generated ${escape(generatedAt.slice(0, 16).replace('T', ' '))} UTC by Roundtable. Counts from 1 to 4 are shown as “&lt;5”.</p>
${synthesis.questions.map(questionBlock).join('\n')}
<h2>Who took part</h2>
${counts}
${withheldBlock(synthesis)}
</body></html>
`;
}
