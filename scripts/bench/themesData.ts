// The labelled theme set as the theme benchmark reads it: one record a participant note,
// with its stratum (question and audience), its table's group, its true theme and its split;
// and the notes' sentence embeddings, worked out once and kept in node_modules/.cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ExportSchema, type SessionExport } from '../../shared/export/schema';
import type { LabelledSet } from '../../shared/themes/labelledSet';
import { audienceOf } from '../../shared/synthesis/builder';
import { createEmbedder } from '../../electron/themes/embedder';

const ROOT = path.join(import.meta.dirname, '..', '..');
export const SET_DIR = path.join(ROOT, 'tests', 'fixtures', 'themes');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'roundtable-themes');

export interface BenchNote {
  id: string;
  text: string;
  /** Question and audience: themes are found within one. */
  stratum: string;
  split: 'train' | 'test';
  /** The table's group (cluster id) it is in, or null. */
  group: string | null;
  truth: string;
}

export interface BenchGroup {
  id: string;
  stratum: string;
  split: 'train' | 'test';
  headline: string;
  subPoints: string[];
  noteIds: string[];
  sessionId: string;
}

export interface BenchSet {
  truth: LabelledSet;
  exports: SessionExport[];
  notes: BenchNote[];
  groups: BenchGroup[];
}

export function loadBenchSet(): BenchSet {
  const truth = JSON.parse(readFileSync(path.join(SET_DIR, 'truth.json'), 'utf8')) as LabelledSet;
  const notes: BenchNote[] = [];
  const groups: BenchGroup[] = [];
  const exports: SessionExport[] = [];
  for (const event of truth.events) {
    const data = ExportSchema.parse(JSON.parse(readFileSync(path.join(SET_DIR, 'exports', event.file), 'utf8')));
    exports.push(data);
    const templateOf = new Map(data.exercises.map((x) => [x.id, x.templateId]));
    const byId = new Map(data.notes.map((n) => [n.id, n]));
    for (const note of data.notes.filter((n) => n.countsAsInput))
      notes.push({
        id: note.id,
        text: note.text,
        stratum: `${templateOf.get(note.exerciseId)}|${audienceOf(note)}`,
        split: event.split,
        group: note.clusterId,
        truth: truth.notes[note.id],
      });
    for (const cluster of data.clusters) {
      const first = byId.get(cluster.noteIds[0])!;
      groups.push({
        id: cluster.id,
        stratum: `${templateOf.get(first.exerciseId)}|${audienceOf(first)}`,
        split: event.split,
        headline: cluster.headline,
        subPoints: cluster.subPoints,
        noteIds: cluster.noteIds,
        sessionId: data.session.id,
      });
    }
  }
  return { truth, exports, notes, groups };
}

export interface EmbeddingCost {
  modelBytes: number;
  loadMs: number;
  texts: number;
  embedMs: number;
  fromCache: boolean;
}

/** Every text's unit vector, from the cache when these exact texts were embedded before. */
export async function embeddingsOf(
  texts: readonly string[],
): Promise<{ vectors: Map<string, Float32Array>; cost: EmbeddingCost }> {
  const unique = [...new Set(texts)].sort();
  const key = createHash('sha256').update(unique.join('\n')).digest('hex').slice(0, 16);
  const file = path.join(CACHE, `use-${key}.json`);
  if (existsSync(file)) {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { cost: EmbeddingCost; vectors: string[] };
    const vectors = new Map(
      unique.map((t, i) => [t, new Float32Array(new Uint8Array(Buffer.from(cached.vectors[i], 'base64')).buffer)]),
    );
    return { vectors, cost: { ...cached.cost, fromCache: true } };
  }
  const embedder = await createEmbedder();
  const started = performance.now();
  const list = await embedder.embed(unique);
  const cost = {
    modelBytes: embedder.modelBytes,
    loadMs: embedder.loadMs,
    texts: unique.length,
    embedMs: performance.now() - started,
    fromCache: false,
  };
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify({ cost, vectors: list.map((v) => Buffer.from(v.buffer).toString('base64')) }));
  return { vectors: new Map(unique.map((t, i) => [t, list[i]])), cost };
}
