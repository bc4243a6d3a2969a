// How well a set of themes matches the themes people coded by hand, on the labelled set.
// Notes are compared in pairs within a stratum (one question for one audience): a pair is
// together when both notes are in the same theme. Pair precision, recall and F1 count those
// pairs; the adjusted Rand index is the same comparison corrected for chance (0 for random,
// 1 for identical). A note with no theme (null) or left as "other" is a theme of its own.

/** The explicit "other": a note a method looked at and kept out of every theme. Counts as covered, never as together. */
export const OTHER = 'other';

export interface ScoreInput {
  /** Note id to its true theme. Only these notes are scored. */
  truth: Readonly<Record<string, string>>;
  /** Note id to the theme a method gave it, OTHER, or null (no theme: not covered). Missing ids are null. */
  predicted: Readonly<Record<string, string | null | undefined>>;
  /** Which stratum (e.g. question and audience) a note is in; pairs across strata are never counted. */
  stratumOf?: (noteId: string) => string;
  /** True themes under 10 notes, to check they stay apart. */
  rareThemes?: Iterable<string>;
}

export interface RareThemeScore {
  theme: string;
  notes: number;
  /** No note of it sits in a theme where other themes' notes outnumber it. */
  keptApart: boolean;
  /** At least half of its notes are in one theme. */
  foundTogether: boolean;
}

export interface ThemeScores {
  notes: number;
  pairPrecision: number;
  pairRecall: number;
  pairF1: number;
  adjustedRand: number;
  /** Share of notes given a theme or explicitly left as "other". */
  coverage: number;
  /** Themes of two or more notes the method made. */
  themes: number;
  rare: RareThemeScore[];
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Scores `predicted` against `truth`. Pure; the same input always gives the same scores. */
export function scoreThemes(input: ScoreInput): ThemeScores {
  const stratumOf = input.stratumOf ?? (() => '');
  const ids = Object.keys(input.truth).sort();
  const trueSize = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const both = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const predictedKey = new Map<string, string>();
  let covered = 0;
  for (const id of ids) {
    const stratum = stratumOf(id);
    const predicted = input.predicted[id] ?? null;
    if (predicted !== null) covered++;
    // A note with no theme, or "other", is a theme of its own.
    const p = predicted === null || predicted === OTHER ? `\u0000${id}` : `${stratum}\u0001${predicted}`;
    const t = `${stratum}\u0001${input.truth[id]}`;
    predictedKey.set(id, p);
    bump(trueSize, t);
    bump(predictedSize, p);
    bump(both, `${t}\u0002${p}`);
  }
  const n = ids.length;
  const sumBoth = [...both.values()].reduce((s, c) => s + pairs(c), 0);
  const sumTrue = [...trueSize.values()].reduce((s, c) => s + pairs(c), 0);
  const sumPredicted = [...predictedSize.values()].reduce((s, c) => s + pairs(c), 0);
  const precision = sumPredicted === 0 ? 0 : sumBoth / sumPredicted;
  const recall = sumTrue === 0 ? 0 : sumBoth / sumTrue;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const expected = pairs(n) === 0 ? 0 : (sumTrue * sumPredicted) / pairs(n);
  const maxIndex = (sumTrue + sumPredicted) / 2;
  const adjustedRand =
    maxIndex === expected ? (sumBoth === maxIndex ? 1 : 0) : (sumBoth - expected) / (maxIndex - expected);
  return {
    notes: n,
    pairPrecision: precision,
    pairRecall: recall,
    pairF1: f1,
    adjustedRand,
    coverage: n === 0 ? 1 : covered / n,
    themes: [...predictedSize].filter(([key, size]) => !key.startsWith('\u0000') && size >= 2).length,
    rare: [...new Set(input.rareThemes ?? [])]
      .sort()
      .flatMap((theme) => rareScore(theme, ids, input.truth, predictedKey)),
  };
}

function rareScore(
  theme: string,
  ids: readonly string[],
  truth: Readonly<Record<string, string>>,
  predictedKey: ReadonlyMap<string, string>,
): RareThemeScore[] {
  const own = ids.filter((id) => truth[id] === theme);
  if (own.length === 0) return [];
  const members = new Map<string, { mine: number; all: number }>();
  for (const id of ids) {
    const key = predictedKey.get(id)!;
    const entry = members.get(key) ?? { mine: 0, all: 0 };
    entry.all++;
    if (truth[id] === theme) entry.mine++;
    members.set(key, entry);
  }
  const homes = new Set(own.map((id) => predictedKey.get(id)!));
  const keptApart = [...homes].every((key) => members.get(key)!.mine * 2 >= members.get(key)!.all);
  const largest = Math.max(...[...homes].map((key) => members.get(key)!.mine));
  return [{ theme, notes: own.length, keptApart, foundTogether: largest * 2 >= own.length && largest >= 2 }];
}
