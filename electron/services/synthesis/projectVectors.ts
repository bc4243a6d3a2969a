import type { TextVectors } from '../../../shared/themes/machineCoding';
import { createEmbedder, type Embedder } from '../../themes/embedder';
import { EMBED_CHUNK } from '../../themes/synthesisVectors';

/**
 * Sentence vectors for these texts, or null (themes then compare shared words alone) with the
 * reason; `onProgress` hears how many of the texts not known before are embedded so far.
 */
export type VectorSource = (
  texts: readonly string[],
  onProgress?: (done: number, total: number) => void,
) => Promise<{
  vectors: TextVectors;
  reason: string;
  /** How many of the texts were embedded now, and how many were read from a vector cache (when the source keeps one). */
  embedded?: number;
  fromCache?: number;
}>;

/** Shared words alone: for a machine or a test where the sentence model is not wanted. */
export const wordsOnly: VectorSource = async () => ({ vectors: null, reason: 'Themes compare shared words only.' });

/**
 * Vectors from the sentence model shipped in the app (electron/themes/embedder.ts), loaded once
 * and kept with every text's vector for the life of the process, so adding exports to a project
 * embeds only their new texts. Where the model cannot load, shared words alone, and why.
 */
export function sentenceVectors(): VectorSource {
  let embedder: Promise<Embedder> | null = null;
  const known = new Map<string, Float32Array>();
  return async (texts, onProgress) => {
    try {
      embedder ??= createEmbedder();
      const model = await embedder;
      const fresh = [...new Set(texts.filter((t) => !known.has(t)))];
      for (let i = 0; i < fresh.length; i += EMBED_CHUNK) {
        const chunk = fresh.slice(i, i + EMBED_CHUNK);
        const vectors = await model.embed(chunk);
        chunk.forEach((t, k) => known.set(t, vectors[k]));
        onProgress?.(Math.min(i + EMBED_CHUNK, fresh.length), fresh.length);
      }
      return { vectors: known, reason: '' };
    } catch (error) {
      embedder = null;
      return {
        vectors: null,
        reason: `The sentence model could not be loaded (${(error as Error).message}); themes compare shared words only.`,
      };
    }
  };
}

/** Every text the coding compares: each note's text and each table group's headline. */
export function textsOf(notes: readonly { text: string; groupId: string; group: string }[]): string[] {
  const texts = new Set<string>();
  for (const n of notes) {
    texts.add(n.text);
    if (n.groupId && n.group.trim()) texts.add(n.group);
  }
  return [...texts];
}
