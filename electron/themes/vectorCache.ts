import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import { EMBEDDING_DIMENSIONS } from './embedder';

// Sentence vectors kept on disk by the hash of their text, so each text is embedded once,
// however many syntheses and projects read it: embedding is the slow part (about 60 notes a
// second on one core), and 200,000 notes would take an hour. One append-only file a model:
// each record is the text's SHA-256 (first 16 bytes) and its vector rounded to 8 bits (512
// bytes: the labelled set scores the same with 8-bit vectors as with full ones,
// docs/THEMES.md). The vectors given to the synthesis are always the 8-bit ones, read back or
// just made, so a cold run and a warm one theme the notes alike. A record cut short (the
// process stopped mid-write) is ignored and written again when next needed.

const KEY_BYTES = 16;
const RECORD_BYTES = KEY_BYTES + EMBEDDING_DIMENSIONS;

/** The cache file for the shipped model in `folder`. */
export function vectorCacheFile(folder: string): string {
  return path.join(folder, 'sentence-vectors-use-en-512.bin');
}

export function textKey(text: string): string {
  return createHash('sha256')
    .update(text)
    .digest('hex')
    .slice(0, KEY_BYTES * 2);
}

/** A unit vector rounded to 8 bits: each number times 127 over the largest, so none is lost to clipping. */
export function quantized(vector: ArrayLike<number>): Int8Array {
  let largest = 0;
  for (let k = 0; k < vector.length; k++) largest = Math.max(largest, Math.abs(vector[k]));
  const scale = largest > 0 ? 127 / largest : 0;
  return Int8Array.from(vector, (x) => Math.round(x * scale));
}

export class VectorCache {
  private known: Map<string, Int8Array> | null = null;
  /** Whether the file ends in a record cut short, to be cut off before the next is appended. */
  private tornTail: number | null = null;

  constructor(private readonly file: string) {}

  private async load(): Promise<Map<string, Int8Array>> {
    if (this.known) return this.known;
    const known = new Map<string, Int8Array>();
    const bytes = await readFile(this.file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return Buffer.alloc(0);
      throw error;
    });
    const whole = bytes.length - (bytes.length % RECORD_BYTES);
    this.tornTail = whole < bytes.length ? whole : null;
    for (let at = 0; at < whole; at += RECORD_BYTES) {
      const key = bytes.toString('hex', at, at + KEY_BYTES);
      known.set(key, new Int8Array(bytes.buffer, bytes.byteOffset + at + KEY_BYTES, EMBEDDING_DIMENSIONS));
    }
    this.known = known;
    return known;
  }

  /** The vectors kept for `texts`, by text, and the texts with none. */
  async lookup(texts: readonly string[]): Promise<{ found: Map<string, Int8Array>; missing: string[] }> {
    const known = await this.load();
    const found = new Map<string, Int8Array>();
    const missing: string[] = [];
    for (const text of texts) {
      const vector = known.get(textKey(text));
      if (vector) found.set(text, vector);
      else missing.push(text);
    }
    return { found, missing };
  }

  /** Keeps each text's vector (rounded to 8 bits, appended to the file) and returns the rounded ones. */
  async add(entries: readonly (readonly [string, ArrayLike<number>])[]): Promise<Map<string, Int8Array>> {
    const known = await this.load();
    const out = new Map<string, Int8Array>();
    const records = Buffer.alloc(entries.length * RECORD_BYTES);
    entries.forEach(([text, vector], i) => {
      const key = textKey(text);
      const small = quantized(vector);
      records.write(key, i * RECORD_BYTES, KEY_BYTES, 'hex');
      records.set(new Uint8Array(small.buffer), i * RECORD_BYTES + KEY_BYTES);
      known.set(key, small);
      out.set(text, small);
    });
    await mkdir(path.dirname(this.file), { recursive: true });
    if (this.tornTail !== null) await truncate(this.file, this.tornTail);
    this.tornTail = null;
    await appendFile(this.file, records);
    return out;
  }
}
