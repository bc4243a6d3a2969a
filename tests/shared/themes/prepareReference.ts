import { termsOf } from '../../../shared/clustering/tokens';
import {
  CENTRE_PRIOR,
  type Prepared,
  type SimilaritySettings,
  type Sparse,
  type ThemeNote,
} from '../../../shared/themes/similarity';

// `prepare` and the TF-IDF weights as first written (a map per note, a map per document's
// counts), kept to show the faster versions give every weight and vector to the last bit.

export function referenceTfidf(documents: readonly string[][]) {
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
  const vectors = counts.map((tf) => {
    const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(terms, (t) => (1 + Math.log(tf.get(t)!)) * idf[t]);
    const norm = Math.hypot(...weights) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { terms, weights };
  });
  return { vectors, vocabulary, idf };
}

function unitCopy(vector: ArrayLike<number>): Float64Array {
  const v = Float64Array.from(vector);
  let norm = 0;
  for (let k = 0; k < v.length; k++) norm += v[k] * v[k];
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < v.length; k++) v[k] /= norm;
  return v;
}

function meanOf(vectors: readonly Float64Array[]): Float64Array | null {
  const d = vectors[0]?.length ?? 0;
  if (d === 0) return null;
  const mean = new Float64Array(d);
  for (const v of vectors) for (let k = 0; k < d; k++) mean[k] += v[k] / vectors.length;
  return mean;
}

export function referencePrepare(notes: readonly ThemeNote[], settings: SimilaritySettings): Prepared[] {
  const { vectors } = referenceTfidf(notes.map((n) => termsOf(n.text).map((t) => t.stem)));
  const units = notes.map((note) => unitCopy(note.vector));
  const mean = settings.centre ? meanOf(units) : null;
  const share = notes.length / (notes.length + CENTRE_PRIOR);
  const centred = (v: Float64Array) => {
    if (!mean) return v;
    for (let k = 0; k < v.length; k++) v[k] -= share * mean[k];
    return unitCopy(v);
  };
  return notes.map((note, i) => {
    const v = centred(units[i]);
    const h = note.group !== null && note.headlineVector ? centred(unitCopy(note.headlineVector)) : null;
    if (h) {
      for (let k = 0; k < v.length; k++) v[k] += settings.headlineWeight * h[k];
      const mixed = unitCopy(v);
      v.set(mixed);
    }
    const words: Sparse = new Map();
    vectors[i].terms.forEach((t, k) => words.set(t, vectors[i].weights[k]));
    return { vector: v, words, group: note.group };
  });
}
