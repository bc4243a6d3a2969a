// Ways of finding themes across events, scored on the labelled set (tests/fixtures/themes/):
// today's synthesis, TF-IDF over every note, sentence embeddings, a hybrid, HDBSCAN, and the
// kept method (shared/themes/assign.ts). Every parameter is tuned on the training events
// only; the scores reported are on the held-out events. Writes the marked generated section of
// docs/bench/themes.md (the hand-kept trials around it stay).
// Embeddings are worked out once and cached in node_modules/.cache/roundtable-themes.
// Usage: npx tsx --import ./tests/electron/noNetwork.mjs scripts/bench/themes.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { scoreThemes, type ThemeScores } from '../../shared/themes/score';
import { assignThemes, KEPT_SETTINGS } from '../../shared/themes/assign';
import { embeddingsOf, loadBenchSet, type BenchNote } from './themesData';
import {
  cutAll,
  densityThemes,
  strataOf,
  todaysThemes,
  treesOf,
  type DensityParams,
  type LinkageParams,
  type Predicted,
} from './themesMethods';
import { keptThemes } from './themesKept';
import { marksFor, replaceMarkedSection } from '../lib/markedSection';

const set = loadBenchSet();
const rare = set.truth.themes.filter((t) => t.rare).map((t) => t.id);
const embedded = await embeddingsOf([...set.notes.map((n) => n.text), ...set.groups.map((g) => g.headline)]);
const vectorOf = (text: string) => embedded.vectors.get(text)!;
const split = (name: 'train' | 'test') => ({
  notes: set.notes.filter((n) => n.split === name),
  groups: set.groups.filter((g) => g.split === name),
});
const train = split('train');
const test = split('test');
const trainStrata = strataOf(train.notes, train.groups, vectorOf);
const testStrata = strataOf(test.notes, test.groups, vectorOf);

function score(notes: readonly BenchNote[], predicted: Predicted): ThemeScores {
  const stratum = new Map(notes.map((n) => [n.id, n.stratum]));
  return scoreThemes({
    truth: Object.fromEntries(notes.map((n) => [n.id, n.truth])),
    predicted,
    stratumOf: (id) => stratum.get(id)!,
    rareThemes: rare,
  });
}

interface Row {
  method: string;
  settings: string;
  trainF1: number;
  test: ThemeScores;
  ms: number;
}
const rows: Row[] = [];
const thresholds = Array.from({ length: 90 }, (_, i) => 0.05 + i * 0.01);

/** The threshold and settings with the best pair F1 on the training events, then scored once on the held-out. */
function tuneLinkage(method: string, grid: LinkageParams[]): void {
  let best = { f1: -1, params: grid[0], threshold: 0 };
  for (const params of grid) {
    const trees = treesOf(trainStrata, params);
    for (const threshold of thresholds) {
      const f1 = score(train.notes, cutAll(trainStrata, trees, threshold)).pairF1;
      if (f1 > best.f1) best = { f1, params, threshold };
    }
  }
  const started = performance.now();
  const predicted = cutAll(testStrata, treesOf(testStrata, best.params), best.threshold);
  const ms = performance.now() - started;
  const { alpha, groupBonus, headline } = best.params;
  rows.push({
    method,
    settings: `α ${alpha}, group bonus ${groupBonus}${headline ? ', headline mixed in' : ''}, threshold ${best.threshold.toFixed(2)}`,
    trainF1: best.f1,
    test: score(test.notes, predicted),
    ms,
  });
}

const grid = (alphas: number[], bonuses: number[], headlines: boolean[]): LinkageParams[] =>
  alphas.flatMap((alpha) =>
    bonuses.flatMap((groupBonus) => headlines.map((headline) => ({ alpha, groupBonus, headline }))),
  );

{
  const started = performance.now();
  const predicted = todaysThemes(test.notes, test.groups);
  rows.push({
    method: "Today's synthesis (tables' groups joined by TF-IDF)",
    settings: 'threshold 0.18, as shipped',
    trainF1: score(train.notes, todaysThemes(train.notes, train.groups)).pairF1,
    test: score(test.notes, predicted),
    ms: performance.now() - started,
  });
}
tuneLinkage('TF-IDF over every note, average linkage', grid([0], [0], [false]));
tuneLinkage('TF-IDF over every note + group bonus', grid([0], [0.1, 0.2, 0.3, 0.5, 1], [false]));
tuneLinkage('Embeddings (USE), average linkage', grid([1], [0], [false]));
tuneLinkage('Embeddings + group bonus', grid([1], [0.05, 0.1, 0.2, 0.3, 0.5, 1], [false, true]));
tuneLinkage(
  'Hybrid (embeddings + TF-IDF) + group bonus',
  grid([0.5, 0.7, 0.85], [0, 0.1, 0.2, 0.3, 0.5], [false, true]),
);
{
  const options: DensityParams[] = [2, 3, 5].flatMap((minClusterSize) =>
    [1, 2, 4].flatMap((minSamples) => [0, 0.5, 1].map((groupWeight) => ({ minClusterSize, minSamples, groupWeight }))),
  );
  let best = { f1: -1, params: options[0] };
  for (const params of options) {
    const f1 = score(train.notes, densityThemes(trainStrata, params)).pairF1;
    if (f1 > best.f1) best = { f1, params };
  }
  const started = performance.now();
  const predicted = densityThemes(testStrata, best.params);
  const ms = performance.now() - started;
  const p = best.params;
  rows.push({
    method: 'HDBSCAN (hdbscan-ts) on embeddings, outliers as "other"',
    settings: `min cluster ${p.minClusterSize}, min samples ${p.minSamples}, group weight ${p.groupWeight}`,
    trainF1: best.f1,
    test: score(test.notes, predicted),
    ms,
  });
}
{
  const kept = keptThemes(set, 'test', vectorOf, assignThemes, KEPT_SETTINGS);
  rows.push({
    method: 'Kept: shared/themes/assign.ts (the hybrid above, as the synthesis runs it)',
    settings: `α ${KEPT_SETTINGS.alpha}, group bonus ${KEPT_SETTINGS.groupBonus}, headline ${KEPT_SETTINGS.headlineWeight}, threshold ${KEPT_SETTINGS.threshold}`,
    trainF1: score(train.notes, keptThemes(set, 'train', vectorOf, assignThemes, KEPT_SETTINGS).predicted).pairF1,
    test: score(test.notes, kept.predicted),
    ms: kept.ms,
  });
}

{
  // The same method when notes outnumber what is linked pairwise: 100 linked, the rest join their nearest theme.
  const settings = { ...KEPT_SETTINGS, maxLinked: 100 };
  const kept = keptThemes(set, 'test', vectorOf, assignThemes, settings);
  rows.push({
    method: 'Kept, large-input path (100 notes linked at a time, the rest join the nearest theme)',
    settings: 'as above, maxLinked 100',
    trainF1: score(train.notes, keptThemes(set, 'train', vectorOf, assignThemes, settings).predicted).pairF1,
    test: score(test.notes, kept.predicted),
    ms: kept.ms,
  });
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const f = (x: number) => x.toFixed(2);
const c = embedded.cost;
const lines = [
  '# Theme finding on the labelled set',
  '',
  `Written by \`npx tsx --import ./tests/electron/noNetwork.mjs scripts/bench/themes.ts\` (${new Date().toISOString().slice(0, 10)}).`,
  `Set: ${set.notes.length} participant notes from ${set.truth.events.length} events, ${set.truth.themes.length} true themes (${rare.length} rare). ` +
    `Tuned on the ${train.notes.length} notes of the training events; scored on the ${test.notes.length} notes of the held-out events. ` +
    'Pairs are counted within one question and audience.',
  '',
  '| Method | Tuned settings | Train F1 | Pair P | Pair R | **Pair F1** | ARI | Coverage | Themes | Rare kept apart | Rare found together | Time (held-out) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => {
    const t = r.test;
    const apart = t.rare.filter((x) => x.keptApart).length;
    const found = t.rare.filter((x) => x.foundTogether).length;
    return `| ${r.method} | ${r.settings} | ${f(r.trainF1)} | ${f(t.pairPrecision)} | ${f(t.pairRecall)} | **${f(t.pairF1)}** | ${f(t.adjustedRand)} | ${pct(t.coverage)} | ${t.themes} | ${apart}/${t.rare.length} | ${found}/${t.rare.length} | ${r.ms.toFixed(0)} ms |`;
  }),
  '',
  'Time is the clustering alone on the held-out notes, embeddings given (for the method rows the similarity tables were built beforehand; the kept rows include building them), on a machine shared by five agents. Embeddings cost:',
  '',
  `- model on disk: ${(c.modelBytes / 1024 / 1024).toFixed(1)} MB (weights and vocabulary); load ${(c.loadMs / 1000).toFixed(2)} s`,
  `- embedding: ${c.texts} texts in ${(c.embedMs / 1000).toFixed(1)} s, ${(c.texts / (c.embedMs / 1000)).toFixed(0)} texts/s on this 2-core machine, shared${c.fromCache ? ' (measured when the cache was made)' : ''}`,
  '',
  'Rare themes on the held-out events:',
  '',
  ...rows.map(
    (r) =>
      `- ${r.method}: ${r.test.rare.map((x) => `${x.theme} (${x.notes}) ${x.keptApart ? 'apart' : 'MERGED'}${x.foundTogether ? ', together' : ''}`).join('; ')}`,
  ),
  '',
];
const out = path.join(import.meta.dirname, '..', '..', 'docs', 'bench', 'themes.md');
// Only the generated section is rewritten: the trials written by hand below it stay.
const before = existsSync(out) ? readFileSync(out, 'utf8') : '';
writeFileSync(out, replaceMarkedSection(before, lines.join('\n'), marksFor('scripts/bench/themes.ts')));
console.log(lines.join('\n'));
