import { tfidfOfNumbers, type FlatVectors } from '../clustering/tfidf';
import { termsOf } from '../clustering/tokens';

// How alike two notes are, for theme-finding: mostly the cosine of their sentence embeddings
// (each grouped note's with its group's headline embedding mixed in) and partly the TF-IDF
// cosine of their words, plus a bonus when a table put both in one group. A theme is compared
// with a note on average over its members (the average-linkage rule), kept as running sums so
// a note is compared with a theme of any size at the cost of one note.

export interface ThemeNote {
  id: string;
  text: string;
  /** Unit-length sentence embedding of the text (empty when themes are found by shared words alone). */
  vector: ArrayLike<number>;
  /** The table group it is in (unique across events), or null. */
  group: string | null;
  /** Unit-length sentence embedding of that group's headline, when it has one. */
  headlineVector?: ArrayLike<number> | null;
}

export interface SimilaritySettings {
  /** Weight of embedding cosine against TF-IDF cosine: 1 is embeddings only, 0 shared words only. */
  alpha: number;
  /** How much of the group headline's embedding is mixed into a grouped note's. */
  headlineWeight: number;
  /** Added to the similarity of two notes in the same table group. */
  groupBonus: number;
  /**
   * Take the mean of the notes' embeddings (one question and audience) from every embedding
   * and headline embedding before comparing: what all notes of a question share ("AI", "the
   * NHS") then stops making unlike notes look alike. Absent is false.
   */
  centre?: boolean;
}

export type Sparse = Map<number, number>;

/** A note as compared: its mixed, unit-length embedding and its TF-IDF weights. */
export interface Prepared {
  vector: Float64Array;
  words: Sparse;
  group: string | null;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < a.length; k++) sum += a[k] * b[k];
  return sum;
}

export function sparseDot(a: Sparse, b: Sparse): number {
  let sum = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

function unitCopy(vector: ArrayLike<number>): Float64Array {
  const v = Float64Array.from(vector);
  let norm = 0;
  for (let k = 0; k < v.length; k++) norm += v[k] * v[k];
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < v.length; k++) v[k] /= norm;
  return v;
}

/** How many notes' worth of doubt the mean of a question's notes starts with (see `centre`). */
export const CENTRE_PRIOR = 10;

/** The mean of the vectors (of the first one's length; none for no vectors or empty ones), summed in order. */
function meanOf(vectors: readonly Float64Array[]): Float64Array | null {
  const d = vectors[0]?.length ?? 0;
  if (d === 0) return null;
  const mean = new Float64Array(d);
  for (const v of vectors) for (let k = 0; k < d; k++) mean[k] += v[k] / vectors.length;
  return mean;
}

/**
 * Each text's stems (termsOf), as numbers (one per distinct stem), kept between codings by
 * whoever codes the same notes again (a project adding exports): a changed text is simply a new
 * key, and the numbers only name stems, so a coding is the same with a kept cache or a new one.
 */
export class StemCache {
  private readonly byText = new Map<string, Int32Array>();
  private readonly numbers = new Map<string, number>();

  /** How many distinct stems have been numbered. */
  get stemCount(): number {
    return this.numbers.size;
  }

  /** The numbers of `text`'s stems, in the order termsOf gives them. */
  stemsOf(text: string): Int32Array {
    let stems = this.byText.get(text);
    if (!stems) {
      const terms = termsOf(text);
      stems = new Int32Array(terms.length);
      for (let k = 0; k < terms.length; k++) {
        let n = this.numbers.get(terms[k].stem);
        if (n === undefined) this.numbers.set(terms[k].stem, (n = this.numbers.size));
        stems[k] = n;
      }
      this.byText.set(text, stems);
    }
    return stems;
  }
}

/** What `prepare` makes, by note, before any map is built: read one note with `preparedAt`, or sum many (ThemeSums.addAt). */
export interface PreparedParts {
  words: FlatVectors;
  vectors: readonly Float64Array[];
  groups: readonly (string | null)[];
}

const NO_VECTOR = new Float64Array(0);

/** The notes ready to compare; the TF-IDF weights are over these notes together. */
export function prepare(notes: readonly ThemeNote[], settings: SimilaritySettings, stems?: StemCache): Prepared[] {
  const parts = prepareParts(notes, settings, stems);
  return notes.map((_, i) => preparedAt(parts, i));
}

/** Note i of `parts` as `prepare` gives it. */
export function preparedAt(parts: PreparedParts, i: number): Prepared {
  const words: Sparse = new Map();
  const { offsets, terms, weights } = parts.words;
  for (let k = offsets[i]; k < offsets[i + 1]; k++) words.set(terms[k], weights[k]);
  return { vector: parts.vectors[i], words, group: parts.groups[i] };
}

/** `prepare`'s work without a map per note (where a stratum of 40,000 notes is read to place a few). */
export function prepareParts(
  notes: readonly ThemeNote[],
  settings: SimilaritySettings,
  stems: StemCache = new StemCache(),
): PreparedParts {
  const numbered = notes.map((n) => stems.stemsOf(n.text));
  const words = tfidfOfNumbers(numbered, stems.stemCount);
  // Vectors may come rounded (8-bit, as the cache keeps them): each is made unit length first.
  const units = notes.map((note) => (note.vector.length === 0 ? NO_VECTOR : unitCopy(note.vector)));
  const mean = settings.centre ? meanOf(units) : null;
  // Few notes say little about what a question's notes share: the mean is taken out in part, n / (n + 10).
  const share = notes.length / (notes.length + CENTRE_PRIOR);
  const centred = (v: Float64Array) => {
    if (!mean) return v;
    for (let k = 0; k < v.length; k++) v[k] -= share * mean[k];
    return unitCopy(v);
  };
  const mixed = notes.map((note, i) => {
    const v = centred(units[i]);
    const h = note.group !== null && note.headlineVector ? centred(unitCopy(note.headlineVector)) : null;
    if (h) {
      for (let k = 0; k < v.length; k++) v[k] += settings.headlineWeight * h[k];
      const mix = unitCopy(v);
      v.set(mix);
    }
    return v;
  });
  return { words, vectors: mixed, groups: notes.map((n) => n.group) };
}

/** How alike two prepared notes are, with the bonus when a table grouped them together. */
export function similarity(a: Prepared, b: Prepared, settings: SimilaritySettings): number {
  const same = a.group !== null && a.group === b.group;
  return (
    settings.alpha * dot(a.vector, b.vector) +
    (1 - settings.alpha) * sparseDot(a.words, b.words) +
    (same ? settings.groupBonus : 0)
  );
}

/** A theme being built: its members and the sums that give a note's average similarity to them. */
export class ThemeSums {
  readonly members: number[] = [];
  private readonly vectorSum: Float64Array;
  private readonly wordSum: Sparse = new Map();
  private readonly groups = new Map<string, number>();

  constructor(dimensions: number) {
    this.vectorSum = new Float64Array(dimensions);
  }

  add(item: Prepared, index: number): void {
    this.members.push(index);
    for (let k = 0; k < item.vector.length; k++) this.vectorSum[k] += item.vector[k];
    for (const [t, w] of item.words) this.wordSum.set(t, (this.wordSum.get(t) ?? 0) + w);
    if (item.group !== null) this.groups.set(item.group, (this.groups.get(item.group) ?? 0) + 1);
  }

  /** `add(preparedAt(parts, index), index)`, the same sums in the same order, without the note's map. */
  addAt(parts: PreparedParts, index: number): void {
    this.members.push(index);
    const vector = parts.vectors[index];
    for (let k = 0; k < vector.length; k++) this.vectorSum[k] += vector[k];
    const { offsets, terms, weights } = parts.words;
    for (let k = offsets[index]; k < offsets[index + 1]; k++)
      this.wordSum.set(terms[k], (this.wordSum.get(terms[k]) ?? 0) + weights[k]);
    const group = parts.groups[index];
    if (group !== null) this.groups.set(group, (this.groups.get(group) ?? 0) + 1);
  }

  /** The average similarity of `item` to the members (with the group bonus for those its table grouped with it). */
  averageSimilarity(item: Prepared, settings: SimilaritySettings): number {
    const size = this.members.length;
    if (size === 0) return -Infinity;
    const alike =
      (settings.alpha * dot(item.vector, this.vectorSum) + (1 - settings.alpha) * sparseDot(item.words, this.wordSum)) /
      size;
    const bonus = item.group !== null ? ((this.groups.get(item.group) ?? 0) / size) * settings.groupBonus : 0;
    return alike + bonus;
  }
}

/** The theme `item` is most like on average, if any reaches `threshold` (ties: the later). */
export function nearestTheme<T extends ThemeSums>(
  themes: readonly T[],
  item: Prepared,
  settings: SimilaritySettings,
  threshold: number,
): T | null {
  let best: T | null = null;
  let bestScore = threshold;
  for (const theme of themes) {
    const score = theme.averageSimilarity(item, settings);
    if (score >= bestScore) [best, bestScore] = [theme, score];
  }
  return best;
}
