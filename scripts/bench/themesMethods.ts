// The ways of finding themes the benchmark compares, each giving every note of one split a
// theme key, OTHER, or null (no theme).
import { HDBSCAN } from 'hdbscan-ts';
import { averageLinkage, tfidf } from '../../shared/clustering/suggest';
import { termsOf } from '../../shared/clustering/tokens';
import { averageLinkageTree, cosineTable, cutTree, type Join, type SimilarityTable } from '../../shared/themes/linkage';
import { OTHER } from '../../shared/themes/score';
import type { BenchGroup, BenchNote } from './themesData';

export type Predicted = Record<string, string | null>;

/** One stratum's notes with everything the methods compare them by. */
export interface Stratum {
  key: string;
  notes: BenchNote[];
  /** Sentence embeddings of the note alone, and of the note with its group's headline mixed in. */
  embedding: SimilarityTable;
  embeddingWithHeadline: SimilarityTable;
  words: SimilarityTable;
  vectors: Float32Array[];
  group: (string | null)[];
}

const unit = (v: Float32Array) => {
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
};

export function strataOf(
  notes: readonly BenchNote[],
  groups: readonly BenchGroup[],
  vectorOf: (text: string) => Float32Array,
): Stratum[] {
  const headlineOf = new Map(groups.map((g) => [g.id, g.headline]));
  const byKey = new Map<string, BenchNote[]>();
  for (const n of notes) byKey.set(n.stratum, [...(byKey.get(n.stratum) ?? []), n]);
  return [...byKey]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, members]) => {
      const vectors = members.map((n) => vectorOf(n.text));
      const withHeadline = members.map((n, i) => {
        if (!n.group) return vectors[i];
        const h = vectorOf(headlineOf.get(n.group)!);
        return unit(vectors[i].map((x, k) => x + 0.5 * h[k]));
      });
      return {
        key,
        notes: members,
        embedding: cosineTable(vectors),
        embeddingWithHeadline: cosineTable(withHeadline),
        words: wordTable(members.map((n) => n.text)),
        vectors,
        group: members.map((n) => n.group),
      };
    });
}

/** TF-IDF cosine of every pair of texts (stemmed, stopwords out), as a dense table. */
export function wordTable(texts: readonly string[]): SimilarityTable {
  const { vectors } = tfidf(texts.map((t) => termsOf(t).map((x) => x.stem)));
  const dense = vectors.map((v) => {
    const map = new Map<number, number>();
    v.terms.forEach((t, k) => map.set(t, v.weights[k]));
    return map;
  });
  const n = texts.length;
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      let dot = 0;
      for (const [t, w] of dense[i]) dot += w * (dense[j].get(t) ?? 0);
      values[i * n + j] = values[j * n + i] = dot;
    }
  }
  return { n, values };
}

export interface LinkageParams {
  /** Weight of sentence embeddings against TF-IDF: 1 is embeddings only, 0 TF-IDF only. */
  alpha: number;
  /** Added to the similarity of two notes a table put in the same group. */
  groupBonus: number;
  /** Mix the group's headline into a grouped note's embedding. */
  headline: boolean;
}

/** The similarity table a linkage method works on. */
export function combinedTable(s: Stratum, p: LinkageParams): SimilarityTable {
  const emb = p.headline ? s.embeddingWithHeadline : s.embedding;
  const n = s.notes.length;
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      const same = i !== j && s.group[i] !== null && s.group[i] === s.group[j];
      values[k] = p.alpha * emb.values[k] + (1 - p.alpha) * s.words.values[k] + (same ? p.groupBonus : 0);
    }
  return { n, values };
}

export const treesOf = (strata: readonly Stratum[], p: LinkageParams): Join[][] =>
  strata.map((s) => averageLinkageTree(combinedTable(s, p)));

/** Cuts each stratum's tree at the threshold; themes of one note are left as "other". */
export function cutAll(strata: readonly Stratum[], trees: readonly Join[][], threshold: number): Predicted {
  const out: Predicted = {};
  strata.forEach((s, k) => {
    const labels = cutTree(s.notes.length, trees[k], threshold);
    const sizes = new Map<number, number>();
    for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
    s.notes.forEach((n, i) => (out[n.id] = sizes.get(labels[i])! > 1 ? `${s.key}#${labels[i]}` : OTHER));
  });
  return out;
}

/** Today's synthesis: the tables' own groups joined by TF-IDF over headline, sub-points and notes; every other note has no theme. */
export function todaysThemes(notes: readonly BenchNote[], groups: readonly BenchGroup[]): Predicted {
  const out: Predicted = Object.fromEntries(notes.map((n) => [n.id, null]));
  const textOf = new Map(notes.map((n) => [n.id, n.text]));
  const byStratum = new Map<string, BenchGroup[]>();
  for (const g of groups) byStratum.set(g.stratum, [...(byStratum.get(g.stratum) ?? []), g]);
  for (const [stratum, list] of byStratum) {
    const ordered = [...list].sort(
      (a, b) => b.noteIds.length - a.noteIds.length || a.headline.localeCompare(b.headline),
    );
    const documents = ordered.map((c) => {
      const sample = c.noteIds.slice(0, 12).map((id) => textOf.get(id) ?? '');
      const text = `${c.headline}. ${c.headline}. ${c.subPoints.join('. ')}. ${sample.join('. ')}`;
      return termsOf(text).map((t) => t.stem);
    });
    // 0.18 is the threshold shared/synthesis/themes.ts uses today.
    averageLinkage(tfidf(documents).vectors, 0.18).forEach((members, theme) => {
      for (const m of members) for (const id of ordered[m].noteIds) if (id in out) out[id] = `${stratum}#${theme}`;
    });
  }
  return out;
}

export interface DensityParams {
  minClusterSize: number;
  minSamples: number;
  /** Weight of the mean of the note's table group, added to its own embedding. */
  groupWeight: number;
}

/** HDBSCAN over the embeddings (pulled towards their table group's mean); its outliers are each left as "other". */
export function densityThemes(strata: readonly Stratum[], p: DensityParams): Predicted {
  const out: Predicted = {};
  for (const s of strata) {
    const sums = new Map<string, Float32Array>();
    s.notes.forEach((n, i) => {
      if (!n.group) return;
      const sum = sums.get(n.group) ?? new Float32Array(s.vectors[i].length);
      s.vectors[i].forEach((x, k) => (sum[k] += x));
      sums.set(n.group, sum);
    });
    const features = s.notes.map((n, i) => {
      const g = n.group ? unit(sums.get(n.group)!) : null;
      return Array.from(g ? unit(s.vectors[i].map((x, k) => x + p.groupWeight * g[k])) : s.vectors[i]);
    });
    const model = new HDBSCAN({ minClusterSize: p.minClusterSize, minSamples: p.minSamples });
    model.fit(features);
    const labels = model.labels_;
    s.notes.forEach((n, i) => (out[n.id] = labels[i] < 0 ? OTHER : `${s.key}#${labels[i]}`));
  }
  return out;
}
