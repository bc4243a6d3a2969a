import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportSchema } from '../../../shared/export/schema';
import { audienceOf } from '../../../shared/synthesis/builder';
import { assignThemes, KEPT_SETTINGS, type AssignSettings, type ThemeNote } from '../../../shared/themes/assign';
import type { LabelledSet } from '../../../shared/themes/labelledSet';
import { OTHER, scoreThemes } from '../../../shared/themes/score';

// The kept theme method on the labelled set's held-out events, with the notes' sentence
// embeddings as stored (8-bit) by scripts/themes/storeEmbeddings.ts: what docs/THEMES.md
// reports must stay true, and the embeddings must keep earning their place over shared words.
// A stronger model's vectors (all-MiniLM-L6-v2, embeddings-minilm.json, not shipped) are scored too.
const DIR = path.join(import.meta.dirname, '..', '..', 'fixtures', 'themes');
const truth = JSON.parse(readFileSync(path.join(DIR, 'truth.json'), 'utf8')) as LabelledSet;
/** Each text's unit vector, as stored 8-bit in `file` (embeddings.json: the Universal Sentence Encoder's). */
function storedVectors(file: string): Map<string, Float64Array> {
  const stored = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { texts: string[]; vectors: string[] };
  return new Map(
    stored.texts.map((text, i) => {
      const v = Float64Array.from(new Int8Array(new Uint8Array(Buffer.from(stored.vectors[i], 'base64')).buffer));
      const norm = Math.hypot(...v) || 1;
      return [text, v.map((x) => x / norm)];
    }),
  );
}

interface HeldOutNote {
  stratum: string;
  id: string;
  text: string;
  group: string | null;
  headline: string | undefined;
}
const notes: HeldOutNote[] = [];
const stratumOf = new Map<string, string>();
const heldOut: Record<string, string> = {};
for (const event of truth.events.filter((e) => e.split === 'test')) {
  const data = ExportSchema.parse(JSON.parse(readFileSync(path.join(DIR, 'exports', event.file), 'utf8')));
  const templateOf = new Map(data.exercises.map((x) => [x.id, x.templateId]));
  const headlineOf = new Map(data.clusters.map((c) => [c.id, c.headline]));
  for (const note of data.notes.filter((n) => n.countsAsInput)) {
    const stratum = `${templateOf.get(note.exerciseId)}|${audienceOf(note)}`;
    const headline = note.clusterId ? headlineOf.get(note.clusterId) : undefined;
    notes.push({ stratum, id: note.id, text: note.text, group: note.clusterId, headline });
    stratumOf.set(note.id, stratum);
    heldOut[note.id] = truth.notes[note.id];
  }
}

function strataWith(vectorOf: ReadonlyMap<string, Float64Array>): Map<string, ThemeNote[]> {
  const byStratum = new Map<string, ThemeNote[]>();
  for (const n of notes)
    byStratum.set(n.stratum, [
      ...(byStratum.get(n.stratum) ?? []),
      {
        id: n.id,
        text: n.text,
        vector: vectorOf.get(n.text)!,
        group: n.group,
        headlineVector: n.headline ? vectorOf.get(n.headline)! : null,
      },
    ]);
  return byStratum;
}
const useStrata = strataWith(storedVectors('embeddings.json'));

function scored(settings: AssignSettings, byStratum = useStrata) {
  const predicted: Record<string, string> = {};
  for (const [stratum, list] of byStratum) {
    const { themes, other } = assignThemes(list, settings);
    themes.forEach((ids, t) => ids.forEach((id) => (predicted[id] = `${stratum}#${t}`)));
    for (const id of other) predicted[id] = OTHER;
  }
  return scoreThemes({ truth: heldOut, predicted, stratumOf: (id) => stratumOf.get(id)! });
}

describe('the kept theme method on the held-out events', () => {
  const kept = scored(KEPT_SETTINGS);

  it('themes every note (or leaves it as "other") and scores no lower than docs/THEMES.md says', () => {
    // 0.579 and 0.565 with the question's mean embedding taken out (docs/THEMES.md); a change that loses quality fails here.
    expect(kept.coverage).toBe(1);
    expect(kept.pairF1).toBeGreaterThanOrEqual(0.575);
    expect(kept.adjustedRand).toBeGreaterThanOrEqual(0.56);
  });

  it("does better keeping the tables' groups together than taking them as evidence only", () => {
    const evidenceOnly = scored({ ...KEPT_SETTINGS, groupsStayTogether: false });
    expect(kept.pairF1).toBeGreaterThan(evidenceOnly.pairF1);
  });

  it("does better taking out the question's mean embedding than comparing the embeddings as they come", () => {
    // Uncentred at its own tuned threshold (0.38): 0.553 on the held-out events.
    const uncentred = scored({ ...KEPT_SETTINGS, centre: false, threshold: 0.38 });
    expect(kept.pairF1).toBeGreaterThan(uncentred.pairF1 + 0.02);
  });

  it('does better with the sentence embeddings than with shared words alone', () => {
    const wordsOnly = scored({ ...KEPT_SETTINGS, alpha: 0, headlineWeight: 0, groupBonus: 1, threshold: 0.05 });
    expect(kept.pairF1).toBeGreaterThan(wordsOnly.pairF1 + 0.05);
  });

  it('would do better still with all-MiniLM-L6-v2, the stronger model measured (docs/THEMES.md)', () => {
    // Its vectors as stored by scripts/bench/themesModels.ts, the kept settings (the same threshold
    // is chosen for it on the training events): 0.613 against 0.579.
    const miniLM = scored(KEPT_SETTINGS, strataWith(storedVectors('embeddings-minilm.json')));
    expect(miniLM.coverage).toBe(1);
    expect(miniLM.pairF1).toBeGreaterThan(kept.pairF1 + 0.02);
  });
});
