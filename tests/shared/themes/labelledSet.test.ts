import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportSchema } from '../../../shared/export/schema';
import type { LabelledSet } from '../../../shared/themes/labelledSet';

// The labelled theme set is what theme-finding is judged on: it must be what it says it is.
const DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'themes');
const truth = JSON.parse(readFileSync(path.join(DIR, 'truth.json'), 'utf8')) as LabelledSet;
const exports = truth.events.map((e) =>
  ExportSchema.parse(JSON.parse(readFileSync(path.join(DIR, 'exports', e.file), 'utf8'))),
);

describe('the labelled theme set', () => {
  it('is valid exports whose every participant note has a true theme of its own question', () => {
    const themeQuestion = new Map(truth.themes.map((t) => [t.id, t.templateId]));
    let notes = 0;
    for (const data of exports) {
      const templateOf = new Map(data.exercises.map((x) => [x.id, x.templateId]));
      for (const note of data.notes.filter((n) => n.countsAsInput)) {
        notes++;
        expect(themeQuestion.get(truth.notes[note.id])).toBe(templateOf.get(note.exerciseId));
      }
    }
    expect(notes).toBe(Object.keys(truth.notes).length);
    expect(notes).toBeGreaterThanOrEqual(600);
  });

  it('has 20+ themes over several questions, rare themes under 10 notes, and minority views', () => {
    const counts = new Map<string, number>();
    for (const theme of Object.values(truth.notes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    expect(truth.themes.length).toBeGreaterThanOrEqual(20);
    expect(truth.questions.length).toBeGreaterThanOrEqual(3);
    const rare = truth.themes.filter((t) => t.rare);
    expect(rare.length).toBeGreaterThanOrEqual(3);
    for (const t of rare) expect(counts.get(t.id)).toBeLessThan(10);
    for (const t of truth.themes.filter((x) => !x.rare)) expect(counts.get(t.id)).toBeGreaterThanOrEqual(10);
    expect(truth.themes.some((t) => t.minority)).toBe(true);
  });

  it('spans 30+ events split into training and held-out, with about 30% of tables never grouping', () => {
    expect(truth.events.length).toBeGreaterThanOrEqual(30);
    expect(truth.events.some((e) => e.split === 'train') && truth.events.some((e) => e.split === 'test')).toBe(true);
    const tables = truth.events.reduce((s, e) => s + e.tables, 0);
    const grouped = truth.events.reduce((s, e) => s + e.tablesThatGrouped, 0);
    expect((tables - grouped) / tables).toBeGreaterThan(0.2);
    expect((tables - grouped) / tables).toBeLessThan(0.4);
    expect(exports.every((d) => d.clusters.every((c) => c.noteIds.length > 0))).toBe(true);
  });

  it('says the same thing in many words: no theme is one phrase repeated', () => {
    const texts = new Map<string, Set<string>>();
    for (const data of exports)
      for (const note of data.notes) {
        const theme = truth.notes[note.id];
        texts.set(theme, (texts.get(theme) ?? new Set()).add(note.text.toLocaleLowerCase()));
      }
    for (const t of truth.themes.filter((x) => !x.rare)) expect(texts.get(t.id)!.size).toBeGreaterThanOrEqual(10);
  });
});
