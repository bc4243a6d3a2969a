import type { NoteId } from '../ids';
import type { Note } from '../document/schema';
import { termsOf } from './tokens';
import { phraseFrom } from './phrase';

// "Suggest clusters": groups a board's notes by the words they share, computed here and
// now, with no network and no model. TF-IDF vectors of stemmed terms, cosine similarity,
// then average-linkage agglomerative grouping that stops below a similarity threshold.
// A group is named by a phrase from its own notes (phrase.ts), not a list of words.
// The same notes always give the same suggestions, in the same order.

/** A group the table may accept, edit or dismiss. */
export interface ClusterSuggestion {
  /** Ordered by id, so the same notes always give the same answer. */
  noteIds: NoteId[];
  /** A phrase from its notes, e.g. "Travel time between patient homes". */
  headline: string;
}

export interface SuggestOptions {
  /** Two groups join while their average similarity is at least this (0-1). */
  threshold?: number;
}

/** Suggestions are worked out for at most this many notes at once (the similarity table grows as its square). */
export const MAX_NOTES_TO_SUGGEST = 2_000;
const DEFAULT_THRESHOLD = 0.1;

type SuggestibleNote = Pick<Note, 'id' | 'text' | 'kind' | 'clusterId'>;

export interface Vector {
  /** Term indices, ascending, and their weights, of unit length. */
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Proposes groups of two or more of `notes`, taking only participant notes in no cluster
 * (reference cards are the deck's words, not the table's), up to MAX_NOTES_TO_SUGGEST of them.
 * Largest groups first.
 */
export function suggestClusters(notes: readonly SuggestibleNote[], options: SuggestOptions = {}): ClusterSuggestion[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const candidates = notes
    .filter((n) => n.kind === 'participant' && n.clusterId === null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_NOTES_TO_SUGGEST);
  const termLists = candidates.map((n) => termsOf(n.text));
  const { vectors } = tfidf(termLists.map((terms) => terms.map((t) => t.stem)));
  const groups = averageLinkage(vectors, threshold).filter((g) => g.length >= 2);
  return groups
    .map((members) => ({ members: members.sort((a, b) => a - b) }))
    .sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0])
    .map(({ members }) => ({
      noteIds: members.map((i) => candidates[i].id),
      headline: headlineFor(
        members,
        candidates.map((n) => n.text),
        termLists.map((terms) => terms.map((t) => t.stem)),
        vectors,
      ),
    }));
}

/** Unit-length TF-IDF vectors, with the vocabulary (stem to index) and each term's inverse document frequency. */
export function tfidf(documents: readonly string[][]) {
  const vocabulary = new Map<string, number>();
  const counts = documents.map((stems) => {
    const tf = new Map<number, number>();
    for (const stem of stems) {
      let index = vocabulary.get(stem);
      if (index === undefined) vocabulary.set(stem, (index = vocabulary.size));
      tf.set(index, (tf.get(index) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Float64Array(vocabulary.size);
  for (const tf of counts) for (const index of tf.keys()) df[index]++;
  const idf = Array.from(df, (d) => Math.log((1 + documents.length) / (1 + d)) + 1);
  const vectors: Vector[] = counts.map((tf) => {
    const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(terms, (t) => (1 + Math.log(tf.get(t)!)) * idf[t]);
    const norm = Math.hypot(...weights) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { terms, weights };
  });
  return { vectors, vocabulary, idf };
}

/** Cosine similarity of every pair, through an inverted index so that pairs sharing no term cost nothing. */
function similarities(vectors: readonly Vector[]): Float64Array {
  const n = vectors.length;
  const table = new Float64Array(n * n);
  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) =>
    v.terms.forEach((t, k) => {
      const list = postings.get(t) ?? [];
      list.push({ doc, weight: v.weights[k] });
      postings.set(t, list);
    }),
  );
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const product = list[a].weight * list[b].weight;
        table[list[a].doc * n + list[b].doc] += product;
        table[list[b].doc * n + list[a].doc] += product;
      }
    }
  }
  return table;
}

/**
 * Average-linkage (UPGMA) grouping: repeatedly joins the two most similar groups while their
 * similarity is at least `threshold`. Each group keeps its best partner, so a join updates
 * one row rather than searching the whole table. Ties go to the lowest indices.
 */
export function averageLinkage(vectors: readonly Vector[], threshold: number): number[][] {
  const n = vectors.length;
  const sim = similarities(vectors);
  const members: (number[] | null)[] = vectors.map((_, i) => [i]);
  const best = new Int32Array(n).fill(-1);
  const bestOf = (i: number) => {
    let found = -1;
    for (let j = 0; j < n; j++)
      if (j !== i && members[j] && (found < 0 || sim[i * n + j] > sim[i * n + found])) found = j;
    return found;
  };
  for (let i = 0; i < n; i++) best[i] = bestOf(i);
  for (;;) {
    let a = -1;
    for (let i = 0; i < n; i++)
      if (members[i] && best[i] >= 0 && (a < 0 || sim[i * n + best[i]] > sim[a * n + best[a]])) a = i;
    if (a < 0 || sim[a * n + best[a]] < threshold) break;
    const b = best[a];
    const [sizeA, sizeB] = [members[a]!.length, members[b]!.length];
    members[a] = [...members[a]!, ...members[b]!];
    members[b] = null;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a) continue;
      const joined = (sim[a * n + k] * sizeA + sim[b * n + k] * sizeB) / (sizeA + sizeB);
      sim[a * n + k] = sim[k * n + a] = joined;
    }
    best[b] = -1;
    for (let k = 0; k < n; k++) {
      if (!members[k]) continue;
      // Rows that pointed at a or b must look again; others need only compare with the new a.
      if (k === a || best[k] === a || best[k] === b) best[k] = bestOf(k);
      else if (sim[k * n + a] > sim[k * n + best[k]] || (sim[k * n + a] === sim[k * n + best[k]] && a < best[k]))
        best[k] = a;
    }
  }
  return members.filter((m): m is number[] => m !== null);
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return sum;
}

/**
 * The group's headline: a phrase from the note most like the others (ties to the first), holding
 * the words two or more of its notes share, as they were written (see phrase.ts).
 */
function headlineFor(
  members: readonly number[],
  texts: readonly string[],
  stems: readonly string[][],
  vectors: readonly Vector[],
): string {
  const centrality = (i: number) =>
    members.reduce((sum, j) => (j === i ? sum : sum + cosine(vectors[i], vectors[j])), 0);
  const central = members.reduce((best, i) => (centrality(i) > centrality(best) + 1e-12 ? i : best), members[0]);
  const notesWith = new Map<string, number>();
  for (const i of members) for (const stem of new Set(stems[i])) notesWith.set(stem, (notesWith.get(stem) ?? 0) + 1);
  const shared = new Set([...notesWith].filter(([, count]) => count >= 2).map(([stem]) => stem));
  return phraseFrom(texts[central], shared);
}
