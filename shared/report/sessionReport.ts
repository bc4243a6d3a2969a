import type { ExportNote, SessionExport } from '../export/schema';
import { SECTORS, SHIFTS, STAFF_GROUPS } from '../document/taxonomy';
import { quoteLabel } from '../synthesis/builder';
import { meanShown, protectedCounts, ratingCells, shown, totalShown, type Shown } from '../export/suppression';

// The printable report of one session, for the facilitator to hand over with the files: per
// exercise, each table's themes laid out headline → sub-points → quote (with one label, never a
// name), the notes in no theme, and the vote results as counts. Self-contained HTML: no script
// and no external file, so it opens and prints anywhere (and becomes a PDF on the desktop).

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** A count as people may read it, escaped for HTML ("&lt;5"). */
const sh = (count: number) => escape(String(shown(count)));
const label = (list: readonly { code: string; label: string }[], code: string | null) =>
  code ? (list.find((i) => i.code === code)?.label ?? code) : '';

const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin:0}h2{margin-top:2rem;border-bottom:2px solid #005eb8;padding-bottom:.2rem}h3{margin:1.2rem 0 .3rem}
.facts,.count{color:#4c6272}.theme{margin:.6rem 0 1rem;padding-left:.8rem;border-left:4px solid #005eb8}.theme h4{margin:0}
blockquote{margin:.4rem 0;font-style:italic}blockquote footer{font-style:normal;color:#4c6272;font-size:.9rem}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #aeb7bd;padding:.15rem .5rem;text-align:left}td.n{text-align:right}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.theme{break-inside:avoid}}
@page{size:A4;margin:16mm}`;

function themes(data: SessionExport, boardId: string, notes: ReadonlyMap<string, ExportNote>): string {
  return data.clusters
    .filter((c) => c.boardId === boardId)
    .map((c) => {
      const subPoints = c.subPoints.length
        ? `<ul>${c.subPoints.map((s) => `<li>${escape(s)}</li>`).join('')}</ul>`
        : '';
      const quoted = c.quote ? notes.get(c.quote.noteId) : undefined;
      const quote =
        c.quote && quoted
          ? `<blockquote><p>“${escape(c.quote.text)}”</p><footer>${escape(quoteLabel(quoted))}</footer></blockquote>`
          : '';
      return `<section class="theme"><h4>${escape(c.headline || 'Untitled group')}</h4><p class="count">${sh(c.size)} note${c.size === 1 ? '' : 's'}</p>${subPoints}${quote}</section>`;
    })
    .join('\n');
}

function votes(data: SessionExport, boardId: string, notes: ReadonlyMap<string, ExportNote>): string {
  const board = data.votes.find((v) => v.boardId === boardId);
  if (!board) return '';
  const parts: string[] = [];
  const dots = [...board.dots].sort((a, b) => b.count - a.count).slice(0, 10);
  if (dots.length) {
    parts.push(
      `<table><caption>Most dotted notes${board.revealed ? '' : ' (not yet revealed to the room)'}</caption><tbody>${dots.map((d) => `<tr><td>${escape(notes.get(d.noteId)?.text ?? '')}</td><td class="n">${sh(d.count)}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  for (const r of board.ratings) {
    if (r.distribution.every((c) => c === 0)) continue;
    // No mean beside a withheld cell: it would give the cell away.
    const cells = ratingCells(r.distribution);
    const mean = meanShown(r.distribution, cells);
    parts.push(
      `<p>${escape(r.zoneLabel)}: rated by ${escape(String(totalShown(r.distribution)))}${mean === null ? '' : `, mean ${mean.toFixed(1)} of ${r.scale}`} (${cells.map((c, i) => `${i + 1}: ${escape(String(c))}`).join(', ')})</p>`,
    );
  }
  const stances = board.stances.filter((s) => s.count > 0);
  if (stances.length)
    parts.push(`<p>Stance: ${stances.map((s) => `${s.phase} ${escape(s.option)} ${sh(s.count)}`).join('; ')}</p>`);
  return parts.join('\n');
}

/** The session's report as one HTML document. */
export function sessionReportHtml(data: SessionExport): string {
  const notes = new Map(data.notes.map((n) => [n.id, n]));
  const tableName = new Map(data.tables.map((t) => [t.id, t.name]));
  const participant = data.notes.filter((n) => n.countsAsInput);
  const e = data.event;
  const facts = [
    e.date,
    e.location,
    e.shift ? label(SHIFTS, e.shift) : '',
    `${data.tables.length} tables`,
    `${shown(participant.length)} participant notes`,
  ]
    .filter(Boolean)
    .map(escape)
    .join(' · ');
  // Each breakdown, "Not recorded" included, sums to the participant notes shown at the top,
  // so it is protected as one list (a lone "<5" would be given away by subtraction).
  const breakdown = (list: readonly { code: string; label: string }[], pick: (n: ExportNote) => string | null) => {
    const rows = [
      ...list.map((i) => ({ label: i.label as string, n: participant.filter((n) => pick(n) === i.code).length })),
      { label: 'Not recorded', n: participant.filter((n) => pick(n) === null).length },
    ];
    const cells = protectedCounts(
      rows.map((r) => r.n),
      shown(participant.length),
    );
    return rows.map((r, i) => [r.label, cells[i]] as const).filter((_, i) => rows[i].n > 0);
  };
  const byStaff = breakdown(STAFF_GROUPS, (n) => n.staffGroup);
  const bySector = breakdown(SECTORS, (n) => n.sector);
  const exercises = data.exercises.map((exercise) => {
    const boards = exercise.boards.map((board) => {
      const ungrouped = data.notes.filter((n) => n.boardId === board.id && n.countsAsInput && n.clusterId === null);
      const rest = ungrouped.length
        ? `<h4>Not in a theme (${sh(ungrouped.length)})</h4><ul>${ungrouped.map((n) => `<li>${escape(n.text)}</li>`).join('')}</ul>`
        : '';
      const body = [themes(data, board.id, notes), rest, votes(data, board.id, notes)].filter(Boolean).join('\n');
      return body
        ? `<h3>${escape(board.tableId ? (tableName.get(board.tableId) ?? 'Table') : 'Room board')}</h3>\n${body}`
        : '';
    });
    return `<h2>${escape(exercise.title)}</h2><p class="facts">${escape(exercise.prompt)}</p>\n${boards.filter(Boolean).join('\n') || '<p class="count">Nothing was written on this exercise.</p>'}`;
  });
  const who = (caption: string, rows: readonly (readonly [string, Shown])[]) =>
    rows.length
      ? `<table><caption>${caption}</caption><tbody>${rows.map(([l, n]) => `<tr><td>${escape(l)}</td><td class="n">${escape(String(n))}</td></tr>`).join('')}</tbody></table>`
      : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(e.name)}: report</title><style>${STYLE}</style></head>
<body><h1>${escape(e.name)}</h1>
<p class="facts">${facts}. Exported ${escape(data.exportedAt.slice(0, 16).replace('T', ' '))} UTC${data.piiCheck.ran ? '; personal details checked before export' : ''}.</p>
${exercises.join('\n')}
<h2>Notes by staff group and sector</h2>
<p class="count">Counts from 1 to 4 are shown as “&lt;5”; “[c]” is withheld so that a count under 5 cannot be worked out from the total.</p>
${who('Staff group', byStaff)}${who('Sector', bySector)}
</body></html>
`;
}
