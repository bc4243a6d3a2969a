import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generatedExport } from '../../../scripts/bench/synthesisData';

// The command line as built (out/main/synthesise.js, what `npx roundtable synthesise` runs), on
// two exports with an empty vector cache: the sentence model loads through TensorFlow.js's wasm
// backend and themes the notes by meaning, rather than falling back to shared words. The wasm
// backend finds its .wasm files beside the code that holds it: @energetic-ai/core's own folder
// while the main build keeps the package external, or out/main/chunks if it ever bundles it.

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
let dir: string;

beforeAll(async () => {
  const built = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "(await import('./scripts/build-if-needed.mjs')).buildIfNeeded()"],
    { cwd: ROOT, stdio: 'inherit' },
  );
  expect(built.status).toBe(0);
  dir = await mkdtemp(path.join(os.tmpdir(), 'roundtable-built-cli-'));
  await mkdir(path.join(dir, 'in'));
  for (const i of [1, 2])
    await writeFile(path.join(dir, 'in', `e${i}.roundtable-export.json`), JSON.stringify(generatedExport(i, 30)));
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('themes the notes by meaning from the built command line, with the model’s wasm backend found', () => {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'out', 'main', 'synthesise.js'),
      'synthesise',
      path.join(dir, 'in'),
      '--out',
      path.join(dir, 'out'),
      '--vector-cache',
      path.join(dir, 'vectors'),
    ],
    { cwd: dir, encoding: 'utf8', timeout: 240_000 },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(
    /notes themed by meaning and shared words \(\d+ texts embedded now, 0 read from the cache\)/,
  );
  expect(run.stdout).not.toMatch(/shared words alone|could not/i);
}, 300_000);

it('every built chunk that holds the tfjs wasm backend has its .wasm files beside it', () => {
  const chunks = path.join(ROOT, 'out', 'main', 'chunks');
  const files = [path.join(ROOT, 'out', 'main'), chunks]
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).map((name) => path.join(d, name)))
    .filter((f) => f.endsWith('.js'));
  for (const file of files) {
    if (!readFileSync(file, 'utf8').includes('tfjs-backend-wasm-simd.wasm')) continue;
    for (const wasm of [
      'tfjs-backend-wasm.wasm',
      'tfjs-backend-wasm-simd.wasm',
      'tfjs-backend-wasm-threaded-simd.wasm',
    ])
      expect(existsSync(path.join(path.dirname(file), wasm)), `${wasm} beside ${file}`).toBe(true);
  }
});
