import { performance } from 'node:perf_hooks';
import type { SynthesisBuilder, ThemeOptions } from '../../shared/synthesis/builder';
import { createEmbedder, type Embedder } from './embedder';
import { quantized as roundedOnly, VectorCache } from './vectorCache';

// The synthesis's sentence vectors: each note's text and group headline, from the cache on
// disk where it was embedded before, else embedded now by the shipped model and kept. Where the
// model cannot be loaded (its files missing or damaged, TensorFlow.js failing on this machine)
// the synthesis themes by shared words alone, and says why: `vectors` is null and `reason`
// says what happened.

export interface SynthesisVectors {
  /** By text, 8-bit (see vectorCache.ts); null when the model could not be used. */
  vectors: Map<string, Int8Array> | null;
  /** Why there are no vectors ("" when there are). */
  reason: string;
  fromCache: number;
  embedded: number;
  /** Time spent loading the model and embedding, in milliseconds. */
  embedMs: number;
}

export interface VectorSourceOptions {
  /** The cache file (vectorCacheFile(folder)); null keeps nothing on disk. */
  cacheFile: string | null;
  /** How the model is loaded (replaceable in tests). */
  loadEmbedder?: () => Promise<Embedder>;
  /** Called as texts are embedded, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Texts embedded between progress reports and cache writes. */
export const EMBED_CHUNK = 256;

/** Vectors for these texts; `onProgress` (else the source's own) hears how many of the texts not already known are embedded. */
export type VectorSource = (
  texts: readonly string[],
  onProgress?: (done: number, total: number) => void,
) => Promise<SynthesisVectors>;

/** A source of vectors that loads the model once, when first needed, and remembers if it could not. */
export function vectorSource(options: VectorSourceOptions): VectorSource {
  const cache = options.cacheFile ? new VectorCache(options.cacheFile) : null;
  const memory = new Map<string, Int8Array>();
  let model: Promise<Embedder> | null = null;
  const load = () => (model ??= (options.loadEmbedder ?? createEmbedder)());
  // One call at a time, so two callers never embed (and keep) the same texts twice.
  let queue: Promise<unknown> = Promise.resolve();
  const source: VectorSource = (texts, onProgress = options.onProgress) => {
    const run = queue.then(() => vectorsOf(texts, onProgress));
    queue = run.catch(() => undefined);
    return run;
  };
  return source;
  async function vectorsOf(
    texts: readonly string[],
    onProgress: VectorSourceOptions['onProgress'],
  ): Promise<SynthesisVectors> {
    const started = performance.now();
    const wanted = texts.filter((t) => !memory.has(t));
    let fromCache = texts.length - wanted.length;
    let missing = wanted;
    if (cache) {
      const looked = await cache.lookup(wanted).catch(() => ({ found: new Map<string, Int8Array>(), missing: wanted }));
      for (const [text, v] of looked.found) memory.set(text, v);
      fromCache += looked.found.size;
      missing = looked.missing;
    }
    if (missing.length > 0) {
      let embedder: Embedder;
      try {
        embedder = await load();
      } catch (error) {
        return {
          vectors: null,
          reason: `The sentence model could not be loaded (${(error as Error).message.split('\n')[0]}), so notes were compared by the words they share alone.`,
          fromCache,
          embedded: 0,
          embedMs: performance.now() - started,
        };
      }
      for (let i = 0; i < missing.length; i += EMBED_CHUNK) {
        const chunk = missing.slice(i, i + EMBED_CHUNK);
        const made = await embedder.embed(chunk);
        const entries = chunk.map((text, k) => [text, made[k]] as const);
        // A cache that cannot be written costs time next run, never this run's result.
        const kept = cache
          ? await cache.add(entries).catch(() => new Map(entries.map(([t, v]) => [t, roundedOnly(v)])))
          : new Map(entries.map(([t, v]) => [t, roundedOnly(v)]));
        for (const [text, v] of kept) memory.set(text, v);
        onProgress?.(Math.min(i + EMBED_CHUNK, missing.length), missing.length);
      }
    }
    const vectors = new Map<string, Int8Array>();
    for (const text of texts) vectors.set(text, memory.get(text)!);
    return { vectors, reason: '', fromCache, embedded: missing.length, embedMs: performance.now() - started };
  }
}

/** What the themes are found with: the notes' sentence vectors, or (with no source, or no model) shared words alone and why. */
export async function themeOptionsFor(
  builder: SynthesisBuilder,
  source: VectorSource | null,
  given: Omit<ThemeOptions, 'vectors' | 'wordsOnlyReason'> = {},
): Promise<{ options: ThemeOptions; vectors: SynthesisVectors | null }> {
  if (!source) return { options: { ...given, wordsOnlyReason: 'Shared words alone were asked for.' }, vectors: null };
  const vectors = await source(builder.textsToEmbed());
  return {
    options: vectors.vectors ? { ...given, vectors: vectors.vectors } : { ...given, wordsOnlyReason: vectors.reason },
    vectors,
  };
}
