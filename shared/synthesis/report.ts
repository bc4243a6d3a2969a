import { PII_KIND_LABELS } from '../export/pii';
import type { Shown } from '../export/suppression';
import type { CodebookTheme } from './outputs/schema';
import type { ShareableQuestion, ShareableSynthesis, ShownRow, ShownTheme } from './shareable';

// "What staff have told us so far": the shareable synthesis as one self-contained, printable
// HTML page. No script, no external file: the charts are inline SVG, each with the same figures
// as a text alternative. Every count from 1 to 4 reads "<5", and "[c]" is withheld so a "<5"
// cannot be worked out from a total (shared/synthesis/shareable.ts). Staff and public apart.

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const n = (count: Shown) => escape(String(count));

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #005eb8;padding-bottom:.2rem}h3{margin-bottom:.2rem}
.facts{color:#4c6272}.theme{margin:1rem 0 1.2rem;padding-left:.8rem;border-left:4px solid #005eb8}.count{color:#4c6272;font-size:.9rem}
blockquote{margin:.5rem 0;font-style:italic}blockquote footer{font-style:normal;color:#4c6272;font-size:.9rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #aeb7bd;padding:.2rem .6rem;text-align:left}td.n{text-align:right}
svg text{font:12px system-ui,sans-serif;fill:#1b1f24}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.theme,figure{break-inside:avoid}}
@page{size:A4;margin:18mm}`;

function barChart(title: string, rows: readonly { label: string; value: Shown }[]): string {
  if (rows.length === 0) return '';
  const width = 520;
  const labelWidth = 200;
  // "<5" is drawn as long as 4 and "[c]" not at all, so a bar never tells what the figure hides.
  const length = (v: Shown) => (v === '<5' ? 4 : v === '[c]' ? 0 : v);
  const max = Math.max(...rows.map((r) => length(r.value)), 1);
  const bars = rows
    .map((r, i) => {
      const y = i * 24;
      const w = Math.round(((width - labelWidth - 50) * length(r.value)) / max);
      return `<text x="0" y="${y + 15}">${escape(r.label.slice(0, 32))}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="16" fill="#005eb8"/><text x="${labelWidth + w + 6}" y="${y + 15}">${n(r.value)}</text>`;
    })
    .join('');
  const alt = rows.map((r) => `${r.label}: ${r.value}`).join('; ');
  return `<figure><svg role="img" aria-label="${escape(`${title}. ${alt}`)}" width="${width}" height="${rows.length * 24 + 4}" viewBox="0 0 ${width} ${rows.length * 24 + 4}">${bars}</svg><figcaption>${escape(title)}</figcaption></figure>`;
}

function countTable(caption: string, what: string, rows: readonly ShownRow[]): string {
  if (rows.length === 0) return '';
  const body = rows.map((r) => `<tr><td>${escape(r.label)}</td><td class="n">${n(r.count)}</td></tr>`).join('');
  return `<table><caption>${escape(caption)}</caption><thead><tr><th scope="col">${escape(caption)}</th><th scope="col">${escape(what)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function themeBlock(theme: ShownTheme): string {
  const subPoints = theme.subPoints.length
    ? `<ul>${theme.subPoints.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>`
    : '';
  const quotes = theme.quotes
    .map((q) => `<blockquote><p>“${escape(q.text)}”</p><footer>${escape(q.label)}</footer></blockquote>`)
    .join('');
  const counts = `${n(theme.notes)} notes from ${theme.events} events${theme.dots ? `, ${n(theme.dots)} dots` : ''}`;
  return `<section class="theme"><h4>${escape(theme.headline)}</h4><p class="count">${counts}</p>${subPoints}${quotes}</section>`;
}

/** A theme of the coding, as the codebook has it: each quote traced to its note and event. */
function codedThemeBlock(theme: CodebookTheme): string {
  const definition = theme.definition ? `<p>${escape(theme.definition)}</p>` : '';
  const subPoints = theme.subPoints.length
    ? `<ul>${theme.subPoints.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>`
    : '';
  const quotes = theme.quotes
    .map(
      (q) =>
        `<blockquote><p>“${escape(q.text)}”</p><footer>${escape(q.label)} · ${escape(q.eventName)} (${escape(q.eventDate)}) · note <code>${escape(q.noteId)}</code></footer></blockquote>`,
    )
    .join('');
  const status = theme.approved ? ' · reviewed' : '';
  return `<section class="theme"><h4>${escape(theme.headline)}</h4><p class="count">${n(theme.notes)} notes · theme <code>${escape(theme.themeId)}</code>${status}</p>${definition}${subPoints}${quotes}</section>`;
}

const WHOSE = { staff: 'staff', public: 'the public' } as const;

function votesBlock(q: ShareableQuestion): string[] {
  const parts: string[] = [];
  for (const audience of ['staff', 'public'] as const) {
    parts.push(
      barChart(
        `Dots by zone, on notes by ${WHOSE[audience]}`,
        q.dotsByZone[audience].map((r) => ({ label: r.label, value: r.count })),
      ),
    );
    for (const r of q.ratings.filter((x) => x.audience === audience)) {
      const mean = r.mean === null ? '' : `, mean ${r.mean.toFixed(1)}`;
      parts.push(
        barChart(
          `${r.zoneLabel}: ratings by ${WHOSE[audience]} (rated by ${r.ratedBy}${mean})`,
          r.distribution.map((value, i) => ({ label: `${i + 1} of ${r.scale}`, value })),
        ),
      );
    }
    const stances = q.stances.filter((s) => s.audience === audience);
    if (stances.length)
      parts.push(
        barChart(
          `Stance, ${WHOSE[audience]}`,
          stances.map((s) => ({ label: `${s.phase}: ${s.option}`, value: s.count })),
        ),
      );
  }
  const u = q.unrevealed;
  if (u.boards > 0)
    parts.push(
      `<p class="count">Not yet revealed to the room, so left out of the results above: ${n(u.dots)} dots, ${n(u.ratings)} ratings and ${n(u.stances)} stances on ${u.boards} boards.</p>`,
    );
  return parts;
}

/** How the themes were found, in a sentence: every note is in a theme or left as a view of its own. */
function methodLine(synthesis: ShareableSynthesis): string {
  const m = synthesis.themeMethod;
  const how =
    m.similarity === 'embeddings'
      ? 'comparing what notes mean (sentence embeddings) and the words they share'
      : `comparing the words notes share only, without the sentence model${m.reason ? ` (${m.reason.replace(/\.$/, '')})` : ''}`;
  const who = m.coding === 'given' ? 'as reviewed by an analyst; notes added since were themed by' : 'found by';
  return `Every participant note is in a theme or, when like no other, kept as a view of its own. Themes ${who} ${how}, with the tables' own groups as evidence.`;
}

function questionBlock(q: ShareableQuestion, coded: readonly CodebookTheme[] | undefined): string {
  const parts = [
    `<h2>${escape(q.title)}</h2><p class="facts">Run at ${q.events} events · ${n(q.notes.staff)} staff notes · ${n(q.notes.public)} public notes · ${n(q.ungrouped)} notes in no group</p>`,
  ];
  for (const [audience, heading] of [
    ['staff', 'What staff said'],
    ['public', 'What the public said'],
  ] as const) {
    if (coded) {
      const themes = coded.filter((t) => t.templateId === q.templateId && t.audience === audience);
      if (themes.length > 0) parts.push(`<h3>${heading}</h3>`, ...themes.map(codedThemeBlock));
      continue;
    }
    const themes = q.themes[audience];
    if (themes.length === 0) continue;
    parts.push(`<h3>${heading}</h3>`, ...themes.map(themeBlock));
    const also = q.alsoRaised[audience];
    if (also.length)
      parts.push(
        `<p><strong>Also raised:</strong> ${also.map((t) => `${escape(t.headline)} (${n(t.notes)})`).join('; ')}</p>`,
      );
    if (q.other[audience] !== 0)
      parts.push(`<p class="count">${n(q.other[audience])} notes like no other, each a view of its own.</p>`);
  }
  parts.push(...votesBlock(q));
  return parts.filter(Boolean).join('\n');
}

/** How many possible personal details were withheld, by kind and by file: never the text. */
function withheldBlock(synthesis: ShareableSynthesis): string {
  const found = synthesis.piiWithheld;
  if (found.length === 0) return '';
  const by = (pick: (f: (typeof found)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const f of found) counts.set(pick(f), (counts.get(pick(f)) ?? 0) + 1);
    return [...counts].map(([k, c]) => `${escape(k)}: ${c}`).join('; ');
  };
  return `<h2>Withheld until reviewed</h2>
<p>The synthesis's own check found ${found.length} possible personal detail${found.length === 1 ? '' : 's'} in the exports' text and shows each as “[withheld …]” until an organiser has reviewed it. By kind: ${by((f) => PII_KIND_LABELS[f.kind])}. By file: ${by((f) => f.source)}. Each is listed, by file and field, in the synthesis JSON (<code>piiWithheld</code>).</p>`;
}

/**
 * The report as one HTML document. Given the codebook (the coding's themes, shareable), its
 * themes are the report's, each quote with its note id and event; without one, the synthesis's own.
 */
export function synthesisReportHtml(
  synthesis: ShareableSynthesis,
  generatedAt: string,
  codebook?: readonly CodebookTheme[],
): string {
  const t = synthesis.totals;
  const facts = `${t.events} events · ${t.sessions} sessions · ${t.tables} tables · ${n(t.participants)} people at the tables, where counted · ${n(t.participantNotes)} participant notes (${n(t.notesByAudience.staff)} staff, ${n(t.notesByAudience.public)} public) · ${n(t.dots)} dots · ${n(t.ratings)} ratings`;
  const c = synthesis.counts;
  const people = [
    countTable('Staff group', 'People', c.participantsByStaffGroup),
    countTable('Sector', 'People', c.participantsBySector),
  ].join('\n');
  const notes = [
    countTable('Staff group', 'Notes', c.staffGroup),
    countTable('Sector', 'Notes', c.sector),
    countTable('Shift', 'Notes', c.shift),
    countTable('Exercise', 'Notes', c.template),
    countTable('Event and table', 'Notes', c.table),
  ].join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>What staff have told us so far</title><style>${STYLE}</style></head>
<body><h1>What staff have told us so far</h1>
<p class="facts">${facts}. Generated ${escape(generatedAt.slice(0, 16).replace('T', ' '))} UTC by Roundtable. Counts from 1 to 4 are shown as “&lt;5”; “[c]” is withheld so that a count under 5 cannot be worked out from a total.</p>
<p class="facts">${escape(methodLine(synthesis))}</p>
${synthesis.questions.map((q) => questionBlock(q, codebook)).join('\n')}
<h2>Who took part</h2>
<p class="count">People at the tables, from each table's count and mix as the facilitator recorded them; “Not recorded” is people whose group was not recorded, apart from those who preferred not to say.</p>
${people || '<p class="count">No table recorded its people.</p>'}
<h2>What was written, by whom</h2>
<p class="count">Participant notes; public notes have a row of their own, never a staff group.</p>
${notes}
${withheldBlock(synthesis)}
</body></html>
`;
}
