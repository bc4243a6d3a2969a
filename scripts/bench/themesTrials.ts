// The labelled set's strata with the stored 8-bit embeddings (tests/fixtures/themes/embeddings.json),
// so a way of finding themes can be tried and scored in seconds without the model: tune on TRAIN,
// score on TEST. Run alone it scores the kept method and lists each held-out stratum's true theme sizes.
// Usage: npx tsx scripts/bench/themesTrials.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreThemes, OTHER, type ThemeScores } from '../../shared/themes/score';
import { assignThemes, KEPT_SETTINGS, type AssignSettings, type ThemeNote } from '../../shared/themes/assign';
import { loadBenchSet, SET_DIR, type BenchNote } from './themesData';

const set = loadBenchSet();
export const RARE = set.truth.themes.filter((t) => t.rare).map((t) => t.id);
const rare = RARE;
// THEMES_VECTORS names another file in the same form (another model's vectors, e.g.
// tests/fixtures/themes/embeddings-minilm.json from scripts/bench/themesModels.ts) to try in their place.
const vectors = storedVectors(process.env.THEMES_VECTORS ?? path.join(SET_DIR, 'embeddings.json'));

function storedVectors(file: string): Map<string, Float64Array> {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { texts: string[]; vectors: string[] };
  return new Map(
    stored.texts.map((text, i) => {
      const v = Float64Array.from(new Int8Array(new Uint8Array(Buffer.from(stored.vectors[i], 'base64')).buffer));
      const norm = Math.hypot(...v) || 1;
      return [text, v.map((x) => x / norm)];
    }),
  );
}
export const headlineOf = new Map(set.groups.map((g) => [g.id, g.headline]));

export interface TrialStratum {
  key: string;
  notes: BenchNote[];
  themeNotes: ThemeNote[];
}

function strata(split: 'train' | 'test'): TrialStratum[] {
  const byKey = new Map<string, BenchNote[]>();
  for (const n of set.notes.filter((x) => x.split === split))
    byKey.set(n.stratum, [...(byKey.get(n.stratum) ?? []), n]);
  return [...byKey]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, notes]) => {
      notes.sort((a, b) => (a.id < b.id ? -1 : 1));
      return {
        key,
        notes,
        themeNotes: notes.map((n) => {
          const h = n.group ? headlineOf.get(n.group) : undefined;
          return {
            id: n.id,
            text: n.text,
            vector: vectors.get(n.text)!,
            group: n.group,
            headlineVector: h ? vectors.get(h)! : null,
          };
        }),
      };
    });
}

export const TRAIN = strata('train');
export const TEST = strata('test');

export type Clusterer = (notes: readonly ThemeNote[]) => { themes: string[][]; other: string[] };

export function scoreOn(list: readonly TrialStratum[], run: Clusterer): ThemeScores & { ms: number } {
  const predicted: Record<string, string> = {};
  const truth: Record<string, string> = {};
  const stratumOf = new Map<string, string>();
  const started = performance.now();
  for (const s of list) {
    const { themes, other } = run(s.themeNotes);
    themes.forEach((ids, t) => ids.forEach((id) => (predicted[id] = `${s.key}#${t}`)));
    for (const id of other) predicted[id] = OTHER;
  }
  const ms = performance.now() - started;
  for (const s of list)
    for (const n of s.notes) {
      truth[n.id] = n.truth;
      stratumOf.set(n.id, s.key);
    }
  return {
    ...scoreThemes({ truth, predicted, stratumOf: (id) => stratumOf.get(id)!, rareThemes: rare }),
    ms,
  };
}

export function line(name: string, train: ThemeScores, test: ThemeScores & { ms: number }): string {
  const f = (x: number) => x.toFixed(3);
  const apart = test.rare.filter((r) => r.keptApart).length;
  return `${name} | train ${f(train.pairF1)} | test P ${f(test.pairPrecision)} R ${f(test.pairRecall)} F1 ${f(test.pairF1)} ARI ${f(test.adjustedRand)} cov ${test.coverage} themes ${test.themes} rare apart ${apart}/${test.rare.length} ${test.ms.toFixed(0)} ms`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kept: Clusterer = (notes) => assignThemes(notes, KEPT_SETTINGS as AssignSettings);
  console.log(line('kept', scoreOn(TRAIN, kept), scoreOn(TEST, kept)));
  for (const s of TEST) {
    const sizes = new Map<string, number>();
    for (const n of s.notes) sizes.set(n.truth, (sizes.get(n.truth) ?? 0) + 1);
    console.log(s.key, s.notes.length, [...sizes.values()].sort((a, b) => b - a).join(','));
  }
}
