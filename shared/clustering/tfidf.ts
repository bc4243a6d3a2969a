// TF-IDF vectors of stemmed terms and average-linkage grouping over their cosine similarity:
// the shared-words half of how notes are compared (shared/themes/similarity.ts), and the
// baseline the theme benchmark measures against.

export interface Vector {
  /** Term indices, ascending, and their weights, of unit length. */
  terms: Int32Array;
  weights: Float64Array;
}

/** Unit-length TF-IDF vectors, with the vocabulary (stem to index) and each term's inverse document frequency. */
export function tfidf(documents: readonly (readonly string[])[]) {
  const vocabulary = new Map<string, number>();
  // Each document's term counts in a scratch table by term index, cleared after each: no map per document.
  let counts = new Int32Array(1024);
  const termsOf: Int32Array[] = [];
  const countsOf: Int32Array[] = [];
  for (const stems of documents) {
    const touched: number[] = [];
    for (const stem of stems) {
      let index = vocabulary.get(stem);
      if (index === undefined) {
        vocabulary.set(stem, (index = vocabulary.size));
        if (index >= counts.length) {
          const grown = new Int32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
      }
      if (counts[index]++ === 0) touched.push(index);
    }
    const terms = Int32Array.from(touched).sort();
    termsOf.push(terms);
    countsOf.push(Int32Array.from(terms, (t) => counts[t]));
    for (const t of touched) counts[t] = 0;
  }
  const df = new Float64Array(vocabulary.size);
  for (const terms of termsOf) for (const index of terms) df[index]++;
  const idf = Array.from(df, (d) => Math.log((1 + documents.length) / (1 + d)) + 1);
  const vectors: Vector[] = termsOf.map((terms, doc) => {
    const tf = countsOf[doc];
    const weights = Float64Array.from(terms, (t, k) => (1 + Math.log(tf[k])) * idf[t]);
    const norm = Math.hypot(...weights) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { terms, weights };
  });
  return { vectors, vocabulary, idf };
}

/** Many documents' TF-IDF vectors in three flat arrays: document d's terms and weights are at offsets[d] to offsets[d + 1]. */
export interface FlatVectors {
  offsets: Int32Array;
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * `tfidf(documents).vectors` to the last bit, for documents whose stems are given as numbers
 * (one number per distinct stem, below `stemCount`): terms are numbered by first appearance as
 * `tfidf` numbers them, and every weight is worked out by the same operations in the same
 * order, but in typed arrays, with no map and no array per document.
 */
export function tfidfOfNumbers(documents: readonly ArrayLike<number>[], stemCount: number): FlatVectors {
  const termOf = new Int32Array(stemCount).fill(-1);
  let vocabulary = 0;
  let total = 0;
  for (const stems of documents) total += stems.length;
  const offsets = new Int32Array(documents.length + 1);
  const terms = new Int32Array(total);
  const tf = new Int32Array(total);
  // Each document's term counts in a scratch table by term, cleared after each.
  const counts = new Int32Array(stemCount);
  let at = 0;
  for (let d = 0; d < documents.length; d++) {
    const stems = documents[d];
    const start = at;
    for (let k = 0; k < stems.length; k++) {
      let term = termOf[stems[k]];
      if (term < 0) term = termOf[stems[k]] = vocabulary++;
      if (counts[term]++ === 0) {
        // Kept in ascending order as it is filled (a document has few terms).
        let i = at++;
        while (i > start && terms[i - 1] > term) {
          terms[i] = terms[i - 1];
          i--;
        }
        terms[i] = term;
      }
    }
    for (let i = start; i < at; i++) {
      tf[i] = counts[terms[i]];
      counts[terms[i]] = 0;
    }
    offsets[d + 1] = at;
  }
  const df = new Float64Array(vocabulary);
  for (let i = 0; i < at; i++) df[terms[i]]++;
  const idf = Array.from(df, (d) => Math.log((1 + documents.length) / (1 + d)) + 1);
  const weights = new Float64Array(at);
  for (let d = 0; d < documents.length; d++) {
    const from = offsets[d];
    const to = offsets[d + 1];
    for (let i = from; i < to; i++) weights[i] = (1 + Math.log(tf[i])) * idf[terms[i]];
    const norm = Math.hypot.apply(null, weights.subarray(from, to) as unknown as number[]) || 1;
    for (let i = from; i < to; i++) weights[i] /= norm;
  }
  return { offsets, terms: terms.slice(0, at), weights };
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
