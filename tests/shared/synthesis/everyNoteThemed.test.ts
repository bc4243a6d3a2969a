import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportSchema, type SessionExport } from '../../../shared/export/schema';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import type { Coding } from '../../../shared/synthesis/coding';
import { shareableSynthesis } from '../../../shared/synthesis/shareable';
import { synthesisReportHtml } from '../../../shared/synthesis/report';

// The synthesis themes every participant note: over real exports (the labelled theme set's
// events, with its notes' sentence vectors as stored), each note is in one theme or "other" of
// its question and audience, the themes shown add up to every note, the themes do not depend
// on the order the files are read in, and a coding given in (a reviewed project's) is what the
// synthesis shows.
const DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'themes');
const stored = JSON.parse(readFileSync(path.join(DIR, 'embeddings.json'), 'utf8')) as {
  texts: string[];
  vectors: string[];
};
const vectors = new Map(
  stored.texts.map((text, i) => {
    const v = Float64Array.from(new Int8Array(new Uint8Array(Buffer.from(stored.vectors[i], 'base64')).buffer));
    const norm = Math.hypot(...v) || 1;
    return [text, v.map((x) => x / norm)];
  }),
);
const files: [string, SessionExport][] = [17, 18, 19, 20, 21, 22].map((i) => {
  const name = `themes${String(i).padStart(2, '0')}.roundtable-export.json`;
  return [name, ExportSchema.parse(JSON.parse(readFileSync(path.join(DIR, 'exports', name), 'utf8')))];
});

function read(list: readonly [string, SessionExport][]) {
  const builder = new SynthesisBuilder();
  for (const [name, data] of list) builder.add(data, name);
  return builder;
}

const placesOf = (coding: Coding) =>
  coding.questions.flatMap((q) => [
    ...q.themes.flatMap((t) => t.noteIds.map((id) => [id, `${q.templateId}|${q.audience}|${t.id}`] as const)),
    ...q.other.map((id) => [id, `${q.templateId}|${q.audience}|other`] as const),
  ]);

describe('every note themed', () => {
  const builder = read(files);
  const rows = builder.noteRows();

  it('puts every participant note in exactly one theme or "other" of its own question and audience', () => {
    const places = placesOf(builder.coding({ vectors }));
    expect(places.map(([id]) => id).sort()).toEqual(rows.map((r) => r.noteId).sort());
    const byId = new Map(rows.map((r) => [r.noteId, r]));
    for (const [id, place] of places)
      expect(place.startsWith(`${byId.get(id)!.templateId}|${byId.get(id)!.audience}|`)).toBe(true);
  });

  it('shows themes whose notes, with those left as "other", are every note of each question (coverage 100%)', () => {
    const synthesis = builder.result({ vectors });
    expect(synthesis.themeMethod).toEqual({ coding: 'machine', similarity: 'embeddings', reason: '' });
    for (const q of synthesis.questions)
      for (const audience of ['staff', 'public'] as const) {
        const themed = [...q.themes[audience], ...q.alsoRaised[audience]].reduce((sum, t) => sum + t.notes, 0);
        expect(themed + q.other[audience]).toBe(q.notes[audience]);
      }
    // Before, notes outside a table's group were in no theme at all: now the themes hold far more notes than the groups.
    const grouped = rows.filter((r) => r.groupId !== '').length;
    const inThemes = synthesis.questions.reduce(
      (sum, q) => sum + [...q.themes.staff, ...q.alsoRaised.staff].reduce((s, t) => s + t.notes, 0),
      0,
    );
    expect(inThemes).toBeGreaterThan(grouped);
  });

  it('gives the same coding whatever order the files are read in', () => {
    const expected = builder.coding({ vectors });
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length }), (order) => {
        expect(read(order).coding({ vectors })).toEqual(expected);
      }),
      { numRuns: 5 },
    );
  });

  it('shows a coding given in, and themes the notes it does not hold without moving any it does', () => {
    const earlier = read(files.slice(0, 4)).coding({ vectors });
    const reviewed: Coding = {
      questions: earlier.questions.map((q, i) =>
        i === 0
          ? {
              ...q,
              themes: q.themes.map((t, j) => (j === 0 ? { ...t, headline: 'Reviewed: staffing', approved: true } : t)),
            }
          : q,
      ),
    };
    const synthesis = builder.result({ coding: reviewed, vectors });
    expect(synthesis.themeMethod.coding).toBe('given');
    const q = synthesis.questions.find((x) => x.templateId === reviewed.questions[0].templateId)!;
    const audience = reviewed.questions[0].audience;
    expect([...q.themes[audience], ...q.alsoRaised[audience]].map((t) => t.headline)).toContain('Reviewed: staffing');
    const now = new Map(placesOf(builder.coding({ coding: reviewed, vectors })));
    for (const [id, place] of placesOf(reviewed)) expect(now.get(id)).toBe(place);
    expect(now.size).toBe(rows.length);
  });

  it('says so in the result and the report when notes were compared by shared words alone', () => {
    const synthesis = builder.result({ wordsOnlyReason: 'The sentence model could not be loaded.' });
    expect(synthesis.themeMethod).toEqual({
      coding: 'machine',
      similarity: 'words',
      reason: 'The sentence model could not be loaded.',
    });
    const html = synthesisReportHtml(shareableSynthesis(synthesis), '2026-12-02T12:00:00.000Z');
    expect(html).toContain(
      'comparing the words notes share only, without the sentence model (The sentence model could not be loaded)',
    );
    for (const q of synthesis.questions)
      for (const audience of ['staff', 'public'] as const) {
        const themed = [...q.themes[audience], ...q.alsoRaised[audience]].reduce((sum, t) => sum + t.notes, 0);
        expect(themed + q.other[audience]).toBe(q.notes[audience]);
      }
  });
});
