import { tfidf } from '../clustering/suggest';
import { termsOf } from '../clustering/tokens';
import { averageLinkageTree, cutTree } from './linkage';

// Every participant note gets a theme, or is explicitly left as "other": notes of one question
// and audience, each with its sentence embedding (worked out in electron/themes/embedder.ts)
// and its group's headline embedding mixed in, are joined by average linkage on a similarity
// that is mostly embedding cosine and partly TF-IDF cosine (shared words), with a bonus for two
// notes a table put in the same group (the table's own judgement is strong evidence, not the only one). Joining
// stops below a threshold chosen on the labelled set's training events (docs/THEMES.md).
// A theme of one note is "other": kept, listed, never folded into a larger theme.
// Beyond `maxLinked` notes the similarity table would grow too large, so the first notes are
// linked and each further note joins the theme it is most like on average, with the same bonus
// and threshold (the average-linkage rule itself); notes that join none are linked among
// themselves in turn.

export interface ThemeNote {
  id: string;
  text: string;
  /** Unit-length sentence embedding of the text. */
  vector: ArrayLike<number>;
  /** The table group it is in (unique across events), or null. */
  group: string | null;
  /** Unit-length sentence embedding of that group's headline, when it has one. */
  headlineVector?: ArrayLike<number> | null;
}

export interface AssignSettings {
  /** Weight of embedding cosine against TF-IDF cosine: 1 is embeddings only. */
  alpha: number;
  /** How much of the group headline's embedding is mixed into a grouped note's. */
  headlineWeight: number;
  /** Two themes join while their average similarity is at least this. */
  threshold: number;
  /** Added to the similarity of two notes in the same table group. */
  groupBonus: number;
  /** At most this many notes are linked pairwise at once. */
  maxLinked: number;
}

/** The settings chosen on the training events of the labelled set (scripts/bench/themes.ts). */
export const KEPT_SETTINGS: AssignSettings = {
  alpha: 0.85,
  headlineWeight: 0.5,
  threshold: 0.38,
  groupBonus: 0.5,
  maxLinked: 1_500,
};

export interface AssignedThemes {
  /** Themes of two or more notes, by note id, largest first (ties: earliest note first). */
  themes: string[][];
  /** Notes like no other: each a minority view of its own, in input order. */
  other: string[];
}

type Sparse = Map<number, number>;

/** A note as compared: its mixed, unit-length embedding and its TF-IDF weights. */
interface Prepared {
  vector: Float64Array;
  words: Sparse;
  group: string | null;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

function sparseDot(a: Sparse, b: Sparse): number {
  let sum = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

function prepare(notes: readonly ThemeNote[], settings: AssignSettings): Prepared[] {
  const { vectors } = tfidf(notes.map((n) => termsOf(n.text).map((t) => t.stem)));
  return notes.map((note, i) => {
    const v = Float64Array.from(note.vector);
    const h = note.group !== null ? note.headlineVector : null;
    if (h) for (let k = 0; k < v.length; k++) v[k] += settings.headlineWeight * h[k];
    const norm = Math.hypot(...v) || 1;
    for (let k = 0; k < v.length; k++) v[k] /= norm;
    const words: Sparse = new Map();
    vectors[i].terms.forEach((t, k) => words.set(t, vectors[i].weights[k]));
    return { vector: v, words, group: note.group };
  });
}

/** Links `items` pairwise; clusters as lists of indices into `items`. */
function link(items: readonly Prepared[], settings: AssignSettings): number[][] {
  const n = items.length;
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const same = items[i].group !== null && items[i].group === items[j].group;
      const similarity =
        settings.alpha * dot(items[i].vector, items[j].vector) +
        (1 - settings.alpha) * sparseDot(items[i].words, items[j].words);
      values[i * n + j] = values[j * n + i] = similarity + (same ? settings.groupBonus : 0);
    }
  }
  const labels = cutTree(n, averageLinkageTree({ n, values }), settings.threshold);
  const clusters: number[][] = [];
  labels.forEach((label, i) => (clusters[label] ??= []).push(i));
  return clusters;
}

interface Building {
  members: number[];
  vectorSum: Float64Array;
  wordSum: Sparse;
  groups: Map<string, number>;
}

/** Themes for one question and audience. Pure: the same notes in the same order give the same themes. */
export function assignThemes(notes: readonly ThemeNote[], settings: AssignSettings = KEPT_SETTINGS): AssignedThemes {
  const items = prepare(notes, settings);
  const built: Building[] = [];
  const alone: number[] = [];
  const add = (theme: Building, i: number) => {
    const { vector, words, group } = items[i];
    theme.members.push(i);
    for (let k = 0; k < vector.length; k++) theme.vectorSum[k] += vector[k];
    for (const [t, w] of words) theme.wordSum.set(t, (theme.wordSum.get(t) ?? 0) + w);
    if (group !== null) theme.groups.set(group, (theme.groups.get(group) ?? 0) + 1);
  };
  const start = (members: number[]) => {
    const theme: Building = {
      members: [],
      vectorSum: new Float64Array(items[members[0]].vector.length),
      wordSum: new Map(),
      groups: new Map(),
    };
    for (const m of members) add(theme, m);
    built.push(theme);
  };
  /** Puts note i in the theme it is most like on average (the average-linkage rule), if any reaches the threshold. */
  const joinNearest = (i: number): boolean => {
    const { vector, words, group } = items[i];
    let best: Building | null = null;
    let bestScore = settings.threshold;
    for (const theme of built) {
      const size = theme.members.length;
      const similarity =
        (settings.alpha * dot(vector, theme.vectorSum) + (1 - settings.alpha) * sparseDot(words, theme.wordSum)) / size;
      const bonus = group !== null ? ((theme.groups.get(group) ?? 0) / size) * settings.groupBonus : 0;
      if (similarity + bonus >= bestScore) [best, bestScore] = [theme, similarity + bonus];
    }
    if (best) add(best, i);
    return best !== null;
  };
  let pending = notes.map((_, i) => i);
  while (pending.length > 0) {
    const batch = pending.slice(0, settings.maxLinked);
    const aloneHere: number[] = [];
    for (const cluster of link(
      batch.map((i) => items[i]),
      settings,
    )) {
      const members = cluster.map((k) => batch[k]);
      if (members.length > 1) start(members);
      else aloneHere.push(members[0]);
    }
    const rest = pending.slice(settings.maxLinked).filter((i) => !joinNearest(i));
    if (rest.length === 0) {
      alone.push(...aloneHere);
      break;
    }
    // Notes alone in this batch may yet find each other among the rest; always fewer left, so it ends.
    const next = [...aloneHere, ...rest];
    if (next.length < pending.length) pending = next;
    else {
      alone.push(...aloneHere);
      pending = rest;
    }
  }
  const themes = built
    .map((t) => [...t.members].sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || a[0] - b[0])
    .map((members) => members.map((i) => notes[i].id));
  return { themes, other: alone.sort((a, b) => a - b).map((i) => notes[i].id) };
}
