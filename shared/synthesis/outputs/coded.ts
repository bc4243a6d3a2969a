import { shown, type Shown } from '../../export/suppression';
import { OTHER, type CodedTheme, type Coding } from '../coding';
import type { ShareableSynthesis } from '../shareable';
import type { Audience, MergedNote, Synthesis } from '../types';
import { protectTable } from './tableProtection';

// Every participant note placed once, by the coding: in the theme that names it, or in "other"
// for its question and audience (a note the coding does not name yet is "other", never lost; a
// note named twice stays in the first theme). And each theme's count as the outputs show it:
// protected against the question's notes as the shareable synthesis shows them, exact when raw;
// a theme the shareable synthesis shows (made from the same coding) reads as it does there.

export interface CodedRow {
  /** The theme ("other" has `theme === null`). */
  themeId: string;
  theme: CodedTheme | null;
  note: MergedNote;
}

export interface ThemeSlot {
  themeId: string;
  theme: CodedTheme | null;
  rows: CodedRow[];
  /** Its notes as shown: exact when raw. */
  shown: Shown;
}

/** One question (exercise template) and audience: its themes in the coding's order, then "other". */
export interface CodedQuestion {
  templateId: string;
  title: string;
  audience: Audience;
  slots: ThemeSlot[];
  /** The question's notes of this audience as the shareable synthesis shows them (exact when raw). */
  total: Shown;
}

const key = (templateId: string, audience: Audience) => `${templateId}|${audience}`;

/** The themes (and "other") of one question and audience as the shareable synthesis shows them, with their exact counts. */
function publishedThemes(
  synthesis: Synthesis,
  shared: ShareableSynthesis,
  templateId: string,
  audience: Audience,
): Map<string, { exact: number; shown: Shown }> {
  const q = synthesis.questions.find((x) => x.templateId === templateId);
  const sq = shared.questions.find((x) => x.templateId === templateId);
  const out = new Map<string, { exact: number; shown: Shown }>();
  if (!q || !sq) return out;
  const exact = [...q.themes[audience], ...q.alsoRaised[audience]];
  const cells = [...sq.themes[audience], ...sq.alsoRaised[audience]];
  exact.forEach((t, i) => out.set(t.id, { exact: t.notes, shown: cells[i].notes }));
  out.set(OTHER, { exact: q.other[audience], shown: sq.other[audience] });
  return out;
}

/** The notes of each question and audience, placed in the coding's themes or "other", with counts as shown. */
export function codedQuestions(
  synthesis: Synthesis,
  shared: ShareableSynthesis,
  notes: readonly MergedNote[],
  coding: Coding,
  raw: boolean,
): CodedQuestion[] {
  const themeOf = new Map<string, { qKey: string; theme: CodedTheme }>();
  for (const q of coding.questions)
    for (const theme of q.themes)
      for (const id of theme.noteIds)
        if (!themeOf.has(id)) themeOf.set(id, { qKey: key(q.templateId, q.audience), theme });

  const titles = new Map(synthesis.questions.map((q) => [q.templateId, q.title]));
  const questions = new Map<string, CodedQuestion>();
  const slotOf = new Map<string, ThemeSlot>();
  const question = (templateId: string, audience: Audience, title: string) => {
    const k = key(templateId, audience);
    let q = questions.get(k);
    if (!q) {
      q = { templateId, title: titles.get(templateId) ?? title, audience, slots: [], total: 0 };
      questions.set(k, q);
      const coded = coding.questions.find((c) => c.templateId === templateId && c.audience === audience);
      for (const theme of coded?.themes ?? []) {
        const slot: ThemeSlot = { themeId: theme.id, theme, rows: [], shown: 0 };
        q.slots.push(slot);
        slotOf.set(`${k}|${theme.id}`, slot);
      }
      const other: ThemeSlot = { themeId: OTHER, theme: null, rows: [], shown: 0 };
      q.slots.push(other);
      slotOf.set(`${k}|${OTHER}`, other);
    }
    return q;
  };
  for (const q of synthesis.questions)
    for (const audience of ['staff', 'public'] as const) {
      if (q.notes[audience] > 0) question(q.templateId, audience, q.title);
    }
  const seen = new Set<string>();
  for (const note of notes) {
    if (seen.has(note.noteId)) continue;
    seen.add(note.noteId);
    const k = key(note.templateId, note.audience);
    question(note.templateId, note.audience, note.exercise);
    const placed = themeOf.get(note.noteId);
    const slot =
      (placed && placed.qKey === k ? slotOf.get(`${k}|${placed.theme.id}`) : undefined) ?? slotOf.get(`${k}|${OTHER}`)!;
    slot.rows.push({ themeId: slot.themeId, theme: slot.theme, note });
  }

  const sharedQuestions = new Map(shared.questions.map((q) => [q.templateId, q]));
  const templateShown = new Map(shared.counts.template.map((r) => [r.code, r.count]));
  const byTemplate = new Map<string, CodedQuestion[]>();
  for (const q of questions.values()) byTemplate.set(q.templateId, [...(byTemplate.get(q.templateId) ?? []), q]);
  for (const [templateId, qs] of byTemplate) {
    if (raw) {
      for (const q of qs) {
        q.slots.forEach((s) => (s.shown = s.rows.length));
        q.total = q.slots.reduce((sum, s) => sum + s.rows.length, 0);
      }
      continue;
    }
    // One table per question: its notes (as the synthesis shows them), each audience's notes
    // (likewise), and each audience's themes and "other", so no theme count can be worked out
    // through the other audience's figures either.
    const values = [0];
    const fixed = new Map<number, Shown>();
    const sums: { total: number; parts: number[] }[] = [{ total: 0, parts: [] }];
    for (const q of qs) {
      const exact = q.slots.reduce((sum, s) => sum + s.rows.length, 0);
      values[0] += exact;
      const at = values.push(exact) - 1;
      q.total = sharedQuestions.get(templateId)?.notes[q.audience] ?? shown(exact);
      fixed.set(at, q.total);
      sums[0].parts.push(at);
      const published = publishedThemes(synthesis, shared, templateId, q.audience);
      const parts = q.slots.map((s) => {
        const cell = values.push(s.rows.length) - 1;
        // The shareable synthesis shows this theme already (the report, the synthesis JSON): the same cell here.
        const same = published.get(s.themeId);
        if (same && same.exact === s.rows.length) fixed.set(cell, same.shown);
        return cell;
      });
      sums.push({ total: at, parts });
    }
    fixed.set(0, templateShown.get(templateId) ?? shown(values[0]));
    const cells = protectTable({ values, sums, fixed });
    qs.forEach((q, i) => q.slots.forEach((s, j) => (s.shown = cells[sums[i + 1].parts[j]])));
  }
  return [...questions.values()];
}
