import type { SynthesisOutputs } from '../../shared/synthesis/outputs/outputs';
import type { ShareableSynthesis } from '../../shared/synthesis/shareable';
import { Published } from './crossTabAudit';

// Every figure the shareable synthesis (report, JSON, counts CSV) and the shareable outputs
// (codebook, cross-tabs) publish, each under one name, with every sum a reader knows holds
// between them. A figure published twice must read the same (Published.set throws otherwise).

const AUDIENCES = ['staff', 'public'] as const;

/** The shareable synthesis's note counts and theme counts, and the sums between them. */
export function publishSynthesis(p: Published, shared: ShareableSynthesis, withThemes: boolean): void {
  p.set('notes', shared.totals.participantNotes);
  for (const a of AUDIENCES) p.set(`notes ${a}`, shared.totals.notesByAudience[a]);
  p.line(
    'notes by audience',
    'notes',
    AUDIENCES.map((a) => `notes ${a}`),
  );
  for (const r of shared.counts.template) p.set(`notes ${r.code}`, r.count);
  p.line(
    'notes by question',
    'notes',
    shared.counts.template.map((r) => `notes ${r.code}`),
  );
  for (const a of AUDIENCES)
    p.line(
      `${a} notes by question`,
      `notes ${a}`,
      shared.questions.map((q) => `notes ${q.templateId} ${a}`),
    );
  for (const q of shared.questions) {
    for (const a of AUDIENCES) p.set(`notes ${q.templateId} ${a}`, q.notes[a]);
    p.line(
      `question ${q.templateId}`,
      `notes ${q.templateId}`,
      AUDIENCES.map((a) => `notes ${q.templateId} ${a}`),
    );
    if (!withThemes) continue;
    for (const a of AUDIENCES) {
      const themes = [...q.themes[a], ...q.alsoRaised[a]];
      for (const t of themes) p.set(`theme ${q.templateId} ${a} ${t.id}`, t.notes);
      p.set(`theme ${q.templateId} ${a} other`, q.other[a]);
      p.line(`themes ${q.templateId} ${a}`, `notes ${q.templateId} ${a}`, [
        ...themes.map((t) => `theme ${q.templateId} ${a} ${t.id}`),
        `theme ${q.templateId} ${a} other`,
      ]);
    }
  }
}

/** The codebook's theme counts and the cross-tabs' cells, with their row, column and overall sums. */
export function publishOutputs(p: Published, out: SynthesisOutputs, shared: ShareableSynthesis): void {
  for (const t of out.codebook) p.set(`theme ${t.templateId} ${t.audience} ${t.themeId}`, t.notes);
  for (const [dim, rows] of [
    ['staff_group', shared.counts.staffGroup],
    ['sector', shared.counts.sector],
    ['shift', shared.counts.shift],
  ] as const)
    for (const r of rows) p.set(`overall ${dim} ${r.code}`, r.count);
  const tables = new Map<string, typeof out.crossTabs>();
  for (const c of out.crossTabs) {
    const k =
      c.dimension === 'audience' ? `audience ${c.template_id}` : `${c.dimension} ${c.template_id} ${c.audience}`;
    tables.set(k, [...(tables.get(k) ?? []), c]);
    const name = `${k} ${c.audience}:${c.theme_id} ${c.code}`;
    p.set(name, c.count);
    // A cross-tab's totals are the codebook's and the synthesis's figures.
    if (c.code === 'all' && c.theme_id !== 'all') p.set(`theme ${c.template_id} ${c.audience} ${c.theme_id}`, c.count);
    if (c.dimension !== 'audience' && c.theme_id === 'all' && c.code === 'all')
      p.set(`notes ${c.template_id} ${c.audience}`, c.count);
  }
  const overallParts = new Map<string, string[]>();
  for (const [k, cells] of tables) {
    const name = (c: (typeof cells)[number]) => `${k} ${c.audience}:${c.theme_id} ${c.code}`;
    const rows = new Map<string, typeof cells>();
    const cols = new Map<string, typeof cells>();
    for (const c of cells) {
      rows.set(`${c.audience}:${c.theme_id}`, [...(rows.get(`${c.audience}:${c.theme_id}`) ?? []), c]);
      cols.set(c.code, [...(cols.get(c.code) ?? []), c]);
    }
    for (const [r, list] of rows) {
      const total = list.find((c) => c.code === 'all')!;
      p.line(`${k} row ${r}`, name(total), list.filter((c) => c !== total).map(name));
    }
    for (const [code, list] of cols) {
      const total = list.find((c) => c.theme_id === 'all' && (c.dimension !== 'audience' || c.audience === 'all'))!;
      p.line(`${k} column ${code}`, name(total), list.filter((c) => c !== total && c.theme_id !== 'all').map(name));
      if (k.startsWith('audience') || code === 'all') continue;
      const dim = k.split(' ')[0];
      overallParts.set(`${dim} ${code}`, [...(overallParts.get(`${dim} ${code}`) ?? []), name(total)]);
    }
  }
  for (const [k, parts] of overallParts) if (p.figures.has(`overall ${k}`)) p.line(k, `overall ${k}`, parts);
}

export function published(out: SynthesisOutputs, shared: ShareableSynthesis, withThemes: boolean): Published {
  const p = new Published();
  publishSynthesis(p, shared, withThemes);
  publishOutputs(p, out, shared);
  return p;
}
