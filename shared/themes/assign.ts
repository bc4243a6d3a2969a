import { averageLinkageTree, cutTree } from './linkage';
import {
  dot,
  nearestTheme,
  prepare,
  ThemeSums,
  type Prepared,
  type SimilaritySettings,
  type ThemeNote,
} from './similarity';

export type { ThemeNote };

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

export interface AssignSettings extends SimilaritySettings {
  /** Two themes join while their average similarity is at least this. */
  threshold: number;
  /** At most this many notes are linked pairwise at once. */
  maxLinked: number;
  /**
   * Keep each table's group together (a must-link constraint): its notes start linking as one
   * item, compared with others by the average over its notes. Absent is false.
   */
  groupsStayTogether?: boolean;
}

/** The settings chosen on the training events of the labelled set (scripts/bench/themes.ts). */
export const KEPT_SETTINGS: AssignSettings = {
  alpha: 0.85,
  headlineWeight: 0.5,
  threshold: 0.06,
  groupBonus: 0.5,
  maxLinked: 1_500,
  groupsStayTogether: true,
  centre: true,
};

/**
 * The settings for shared words alone (TF-IDF, no sentence model), chosen on the same training
 * events: the synthesis falls back to them where the model cannot be loaded.
 */
export const WORDS_SETTINGS: AssignSettings = {
  alpha: 0,
  headlineWeight: 0,
  threshold: 0.05,
  groupBonus: 1,
  maxLinked: 1_500,
};

export interface AssignedThemes {
  /** Themes of two or more notes, by note id, largest first (ties: earliest note first). */
  themes: string[][];
  /** Notes like no other: each a minority view of its own, in input order. */
  other: string[];
}

/** The items that start linking: each table group's notes as one (when kept together), every other note alone. */
export function startingItems(items: readonly Prepared[], together: boolean): number[][] {
  const starts: number[][] = [];
  const ofGroup = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (!together || item.group === null) return void starts.push([i]);
    const members = ofGroup.get(item.group);
    if (members) members.push(i);
    else {
      ofGroup.set(item.group, [i]);
      starts.push(ofGroup.get(item.group)!);
    }
  });
  return starts;
}

/**
 * The two working tables of a linkage (every pair's similarity, and the starting items' average
 * of it), kept from one batch to the next: at 1,500 notes each is 18 MB, and made anew for every
 * batch they were most of what the garbage collector had to deal with while coding.
 */
export class LinkTables {
  private buffers: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)];

  /** Working table `which` with room for n × n values, as they were left (the caller fills it). */
  table(which: 0 | 1, n: number): Float64Array {
    if (this.buffers[which].length < n * n) this.buffers[which] = new Float64Array(n * n);
    return this.buffers[which].subarray(0, n * n);
  }
}

/**
 * Every pair's similarity (as `similarity` gives it, to the last bit): the shared-words half
 * through an inverted index, term by term in ascending order (the order sparseDot adds them in),
 * so pairs sharing no word cost nothing; the embedding half pair by pair, only when there is one.
 */
function pairTable(items: readonly Prepared[], settings: AssignSettings, tables: LinkTables): Float64Array {
  const n = items.length;
  // The shared-words sums go in the upper half of the table itself (a posting's items are in
  // ascending order), each then replaced by the pair's whole similarity, mirrored below.
  const pair = tables.table(0, n).fill(0);
  const postings = new Map<number, { at: number[]; weight: number[] }>();
  items.forEach((item, i) => {
    for (const [t, w] of item.words) {
      const list = postings.get(t) ?? postings.set(t, { at: [], weight: [] }).get(t)!;
      list.at.push(i);
      list.weight.push(w);
    }
  });
  for (const t of [...postings.keys()].sort((a, b) => a - b)) {
    const { at, weight } = postings.get(t)!;
    for (let x = 0; x < at.length; x++)
      for (let y = x + 1; y < at.length; y++) pair[at[x] * n + at[y]] += weight[x] * weight[y];
  }
  const dimensions = items[0]?.vector.length ?? 0;
  for (let i = 0; i < n; i++) {
    pair[i * n + i] = 1;
    const a = items[i];
    for (let j = i + 1; j < n; j++) {
      const b = items[j];
      const same = a.group !== null && a.group === b.group;
      const embedded = dimensions > 0 ? dot(a.vector, b.vector) : 0;
      pair[i * n + j] = pair[j * n + i] =
        settings.alpha * embedded + (1 - settings.alpha) * pair[i * n + j] + (same ? settings.groupBonus : 0);
    }
  }
  return pair;
}

/** Links `items` pairwise; clusters as lists of indices into `items`. */
function link(items: readonly Prepared[], settings: AssignSettings, tables: LinkTables): number[][] {
  const n = items.length;
  const pair = pairTable(items, settings, tables);
  const starts = startingItems(items, settings.groupsStayTogether ?? false);
  const m = starts.length;
  // Two starting items are as alike as their notes are on average (the average-linkage rule).
  // Every value of it is written here (the linkage below then works on it in place).
  const values = m === n ? pair : tables.table(1, m);
  if (m !== n)
    for (let a = 0; a < m; a++) {
      values[a * m + a] = 1;
      for (let b = a + 1; b < m; b++) {
        let sum = 0;
        for (const i of starts[a]) for (const j of starts[b]) sum += pair[i * n + j];
        values[a * m + b] = values[b * m + a] = sum / (starts[a].length * starts[b].length);
      }
    }
  const sizes = starts.map((s) => s.length);
  const labels = cutTree(m, averageLinkageTree({ n: m, values, sizes }, settings.threshold, true), settings.threshold);
  const clusters: number[][] = [];
  labels.forEach((label, a) => (clusters[label] ??= []).push(...starts[a]));
  return clusters.map((c) => c.sort((x, y) => x - y));
}

/** Themes for one question and audience. Pure: the same notes in the same order give the same themes. */
export function assignThemes(notes: readonly ThemeNote[], settings: AssignSettings = KEPT_SETTINGS): AssignedThemes {
  const { themes, other } = assignPrepared(prepare(notes, settings), settings);
  return { themes: themes.map((members) => members.map((i) => notes[i].id)), other: other.map((i) => notes[i].id) };
}

/**
 * `assignThemes` over notes already prepared, by index: themes largest first (ties: lowest index),
 * "other" in order. Pass one `tables` to many calls to reuse its working tables.
 */
export function assignPrepared(
  items: readonly Prepared[],
  settings: AssignSettings,
  tables: LinkTables = new LinkTables(),
): { themes: number[][]; other: number[] } {
  const built: ThemeSums[] = [];
  const alone: number[] = [];
  const dimensions = items[0]?.vector.length ?? 0;
  // A note that joined no theme is compared again only with the themes changed since (a theme
  // it was not like enough is no more alike until a note joins it), so the answer is the same
  // as comparing it with all of them, without a pass over every theme for every note each batch.
  let clock = 0;
  const changedAt: number[] = [];
  const checkedAt = new Map<number, number>();
  const start = (members: number[]) => {
    const theme = new ThemeSums(dimensions);
    for (const m of members) theme.add(items[m], m);
    built.push(theme);
    changedAt.push(++clock);
  };
  /** Puts note i in the theme it is most like on average (the average-linkage rule), if any reaches the threshold. */
  const joinNearest = (i: number): boolean => {
    const since = checkedAt.get(i);
    const candidates = since === undefined ? built : built.filter((_, t) => changedAt[t] > since);
    const best = nearestTheme(candidates, items[i], settings, settings.threshold);
    if (best === null) {
      checkedAt.set(i, clock);
      return false;
    }
    best.add(items[i], i);
    changedAt[built.indexOf(best)] = ++clock;
    return true;
  };
  let pending = items.map((_, i) => i);
  while (pending.length > 0) {
    const batch = pending.slice(0, settings.maxLinked);
    const aloneHere: number[] = [];
    for (const cluster of link(
      batch.map((i) => items[i]),
      settings,
      tables,
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
    .sort((a, b) => b.length - a.length || a[0] - b[0]);
  return { themes, other: alone.sort((a, b) => a - b) };
}
