import type { Cell } from '../../export/csv';
import { shown, type Shown } from '../../export/suppression';
import { SECTORS, SHIFTS, STAFF_GROUPS } from '../../document/taxonomy';
import type { ShareableSynthesis } from '../shareable';
import { NOT_RECORDED, PUBLIC_ROW, SECTOR_LABELS, SHIFT_LABELS, STAFF_GROUP_LABELS } from '../tally';
import type { MergedNote, Synthesis } from '../types';
import { OTHER_HEADLINE } from './codebook';
import type { CodedQuestion } from './coded';
import type { CrossTabCell, CrossTabDimension } from './schema';
import { protectTable } from './tableProtection';

// Cross-tabs: each question's themes (and "other") by staff group, sector and shift, per
// audience, and by audience. Each table comes with its totals (a theme's notes over every
// category, code "all"; a category's notes over every theme, theme "all"), and is protected as
// one with everything it adds up to: the theme counts the codebook shows, the question's notes
// and the synthesis's own counts by staff group, sector and shift (a category's notes over every
// question). No cell reads 1–4, and none can be worked out from the figures around it
// (tableProtection.ts). Staff group and sector are staff dimensions: public notes have a row of
// their own in the synthesis's counts and no cross-tab by them.

export const ALL = 'all';

interface Dimension {
  name: Exclude<CrossTabDimension, 'audience'>;
  of: (n: MergedNote) => string;
  order: readonly string[];
  label: (code: string) => string;
  overall: (s: Synthesis | ShareableSynthesis) => readonly { code: string; count: number | Shown }[];
  publicToo: boolean;
}

const labelled = (labels: Map<string, string>) => (code: string) => (code ? (labels.get(code) ?? code) : NOT_RECORDED);

const DIMENSIONS: Dimension[] = [
  {
    name: 'staff_group',
    of: (n) => n.staffGroup,
    order: STAFF_GROUPS.map((g) => g.code),
    label: labelled(STAFF_GROUP_LABELS),
    overall: (s) => s.counts.staffGroup,
    publicToo: false,
  },
  {
    name: 'sector',
    of: (n) => n.sector,
    order: SECTORS.map((g) => g.code),
    label: labelled(SECTOR_LABELS),
    overall: (s) => s.counts.sector,
    publicToo: false,
  },
  {
    name: 'shift',
    of: (n) => n.shift,
    order: SHIFTS.map((g) => g.code),
    label: labelled(SHIFT_LABELS),
    overall: (s) => s.counts.shift,
    publicToo: true,
  },
];

/** Cells of one dimension's tables, every question and audience in one linked whole. */
function dimensionCells(
  dim: Dimension,
  questions: readonly CodedQuestion[],
  synthesis: Synthesis,
  shared: ShareableSynthesis,
  raw: boolean,
): CrossTabCell[] {
  const values: number[] = [];
  const fixed = new Map<number, Shown>();
  const sums: { total: number; parts: number[] }[] = [];
  const out: { cell: Omit<CrossTabCell, 'count'>; at: number }[] = [];
  const add = (value: number, cell: Omit<CrossTabCell, 'count'> | null, fix?: Shown) => {
    const at = values.push(value) - 1;
    if (fix !== undefined) fixed.set(at, fix);
    if (cell) out.push({ cell, at });
    return at;
  };
  const rank = (code: string) => (code === '' ? dim.order.length : dim.order.indexOf(code as never));
  const columnsOf = new Map<string, number[]>();
  for (const q of questions) {
    if (q.audience === 'public' && !dim.publicToo) continue;
    const rows = q.slots.flatMap((s) => s.rows.map((r) => r.note));
    const codes = [...new Set(rows.map(dim.of))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const base = { dimension: dim.name, template_id: q.templateId, question: q.title, audience: q.audience };
    const grand = add(
      rows.length,
      { ...base, theme_id: ALL, theme_headline: 'All themes', code: ALL, label: 'All' },
      q.total,
    );
    const columns = codes.map((code) => {
      const at = add(rows.filter((n) => dim.of(n) === code).length, {
        ...base,
        theme_id: ALL,
        theme_headline: 'All themes',
        code,
        label: dim.label(code),
      });
      columnsOf.set(code, [...(columnsOf.get(code) ?? []), at]);
      return at;
    });
    sums.push({ total: grand, parts: columns });
    const grid = q.slots.map((slot) => {
      const theme = { ...base, theme_id: slot.themeId, theme_headline: slot.theme?.headline ?? OTHER_HEADLINE };
      const rowTotal = add(slot.rows.length, { ...theme, code: ALL, label: 'All' }, slot.shown);
      const cells = codes.map((code) =>
        add(slot.rows.filter((r) => dim.of(r.note) === code).length, { ...theme, code, label: dim.label(code) }),
      );
      sums.push({ total: rowTotal, parts: cells });
      return { rowTotal, cells };
    });
    sums.push({ total: grand, parts: grid.map((g) => g.rowTotal) });
    columns.forEach((col, c) => sums.push({ total: col, parts: grid.map((g) => g.cells[c]) }));
  }
  // A category's notes over every question, as the synthesis's counts show them.
  const exact = new Map(dim.overall(synthesis).map((r) => [r.code, r.count as number]));
  const published = new Map(dim.overall(shared).map((r) => [r.code, r.count as Shown]));
  for (const [code, columns] of columnsOf) {
    if (code === 'public' || !exact.has(code)) continue;
    const total = add(exact.get(code)!, null, published.get(code));
    sums.push({ total, parts: columns });
  }
  if (raw) return out.map(({ cell, at }) => ({ ...cell, count: values[at] }));
  const cells = protectTable({ values, sums, fixed });
  return out.map(({ cell, at }) => ({ ...cell, count: cells[at] }));
}

/** Theme × audience: each theme is one audience's, so its row is its count beside a zero. */
function audienceCells(questions: readonly CodedQuestion[], shared: ShareableSynthesis, raw: boolean): CrossTabCell[] {
  const byTemplate = new Map<string, CodedQuestion[]>();
  for (const q of questions) byTemplate.set(q.templateId, [...(byTemplate.get(q.templateId) ?? []), q]);
  const templateShown = new Map(shared.counts.template.map((r) => [r.code, r.count]));
  const label = { staff: 'Staff', public: PUBLIC_ROW } as const;
  return [...byTemplate].flatMap(([templateId, qs]) => {
    const base = { dimension: 'audience' as const, template_id: templateId, question: qs[0].title };
    const exact = qs.reduce((sum, q) => sum + q.slots.reduce((s, slot) => s + slot.rows.length, 0), 0);
    const all = { ...base, audience: ALL, theme_id: ALL, theme_headline: 'All themes' } as const;
    const cells: CrossTabCell[] = [
      { ...all, code: ALL, label: 'All', count: raw ? exact : (templateShown.get(templateId) ?? shown(exact)) },
      ...(['staff', 'public'] as const).map((a) => ({
        ...all,
        code: a,
        label: label[a],
        count: qs.find((q) => q.audience === a)?.total ?? 0,
      })),
    ];
    for (const q of qs)
      for (const slot of q.slots) {
        const theme = { ...base, audience: q.audience, theme_id: slot.themeId };
        const headline = slot.theme?.headline ?? OTHER_HEADLINE;
        cells.push({ ...theme, theme_headline: headline, code: ALL, label: 'All', count: slot.shown });
        for (const a of ['staff', 'public'] as const)
          cells.push({
            ...theme,
            theme_headline: headline,
            code: a,
            label: label[a],
            count: a === q.audience ? slot.shown : 0,
          });
      }
    return cells;
  });
}

export function crossTabCells(
  questions: readonly CodedQuestion[],
  synthesis: Synthesis,
  shared: ShareableSynthesis,
  raw: boolean,
): CrossTabCell[] {
  return [
    ...dimensionCells(DIMENSIONS[0], questions, synthesis, shared, raw),
    ...dimensionCells(DIMENSIONS[1], questions, synthesis, shared, raw),
    ...audienceCells(questions, shared, raw),
    ...dimensionCells(DIMENSIONS[2], questions, synthesis, shared, raw),
  ];
}

export const CROSS_TABS_HEADER = [
  'dimension',
  'template_id',
  'question',
  'audience',
  'theme_id',
  'theme_headline',
  'code',
  'label',
  'count',
];

export const crossTabRow = (c: CrossTabCell): Cell[] => [
  c.dimension,
  c.template_id,
  c.question,
  c.audience,
  c.theme_id,
  c.theme_headline,
  c.code,
  c.label,
  c.count,
];
