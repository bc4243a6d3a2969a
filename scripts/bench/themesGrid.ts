// A way of finding themes with its own settings, tuned over a grid on the training events and
// scored once on the held-out events (the trees and tables are those of scripts/bench/themesSearch.ts,
// built once for the kept similarity). Each trial prints one line; `gridRow` gives the docs table row.
import { performance } from 'node:perf_hooks';
import type { ThemeScores } from '../../shared/themes/score';
import { builtStrata, scoreClusters, type Built } from './themesSearch';

export interface GridTrial<P> {
  name: string;
  grid: readonly P[];
  /** Clusters (indices into the stratum's notes, every note once) for one stratum and setting. */
  clusters: (b: Built, p: P) => number[][];
  describe: (p: P) => string;
}

export interface GridResult {
  name: string;
  setting: string;
  train: ThemeScores;
  test: ThemeScores;
  /** Clustering the held-out notes with the chosen setting, tables built. */
  ms: number;
}

export function runGrid<P>(trial: GridTrial<P>): GridResult {
  const train = builtStrata('train');
  let best = { f1: -1, p: trial.grid[0], scores: null as ThemeScores | null };
  for (const p of trial.grid) {
    const scores = scoreClusters(train, (b) => trial.clusters(b, p));
    if (scores.pairF1 > best.f1) best = { f1: scores.pairF1, p, scores };
  }
  const test = builtStrata('test');
  const started = performance.now();
  const clusters = new Map(test.map((b) => [b, trial.clusters(b, best.p)]));
  const ms = performance.now() - started;
  return {
    name: trial.name,
    setting: trial.describe(best.p),
    train: best.scores!,
    test: scoreClusters(test, (b) => clusters.get(b)!),
    ms,
  };
}

const f = (x: number) => x.toFixed(3);

export function gridLine(r: GridResult): string {
  const t = r.test;
  const apart = t.rare.filter((x) => x.keptApart).length;
  return `${r.name} | ${r.setting} | train ${f(r.train.pairF1)} | test P ${f(t.pairPrecision)} R ${f(t.pairRecall)} F1 ${f(t.pairF1)} ARI ${f(t.adjustedRand)} cov ${(t.coverage * 100).toFixed(0)}% themes ${t.themes} rare apart ${apart}/${t.rare.length} | ${r.ms.toFixed(0)} ms`;
}

/** The row of the trials table in docs/bench/themes.md. */
export function gridRow(r: GridResult): string {
  const t = r.test;
  const apart = t.rare.filter((x) => x.keptApart).length;
  return `| ${r.name} | ${r.setting} | ${f(r.train.pairF1)} | ${f(t.pairPrecision)} | ${f(t.pairRecall)} | **${f(t.pairF1)}** | ${f(t.adjustedRand)} | ${(t.coverage * 100).toFixed(0)}% | ${t.themes} | ${apart}/${t.rare.length} |`;
}
