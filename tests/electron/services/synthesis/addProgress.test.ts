import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent, ApiServer } from '../../../../shared/api/contract';
import type { ProjectOpened } from '../../../../shared/synthesisProject/view';
import { createServices } from '../../../../electron/services/services';
import { EMBED_CHUNK } from '../../../../electron/themes/synthesisVectors';
import { loadTemplateLibrary } from '../../../../electron/services/templates/templateLibrary';
import { TEMPLATES_DIR } from '../../../helpers/services';
import { tempFolder } from '../../../helpers/tempFolder';

// Adding exports to a synthesis project tells its progress as the services' events, so the
// workspace's bar moves while the sentence model reads the new notes (the longest part of an
// addition) instead of running without a value. The real services and the shipped model.

const ctx = { clientId: 'add-progress-test' };
const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/themes/exports');

type Progress = Extract<ApiEvent, { type: 'synthesisProgress' }>;

async function fixtureFiles(from: number, to: number) {
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(
    names.slice(from, to).map(async (name) => ({ name, text: await readFile(path.join(FIXTURES, name), 'utf-8') })),
  );
}

async function call<T>(services: ApiServer, method: string, args: unknown[]): Promise<T> {
  const result = await services.dispatch(method, args, ctx);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** Each stage's events: rising, each within its total, and the model's last one at its total. */
function expectRising(events: Progress[]) {
  for (const stage of ['reading', 'embedding'] as const) {
    const seen = events.filter((e) => e.stage === stage);
    seen.forEach((e, i) => {
      expect(e.done).toBeLessThanOrEqual(e.total);
      if (i > 0) expect(e.done).toBeGreaterThan(seen[i - 1].done);
    });
  }
  const embedding = events.filter((e) => e.stage === 'embedding');
  expect(embedding.at(-1)!.done).toBe(embedding.at(-1)!.total);
  return embedding;
}

describe('adding exports to a synthesis project', () => {
  it('tells how many of the new notes the sentence model has read, chunk by chunk', async () => {
    const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
    const services: ApiServer = createServices({
      dataDir: await tempFolder('roundtable-add-progress-'),
      templates,
      appInfo: { version: 'test', mode: 'browser', schemaVersion: 1 },
    });
    const events: Progress[] = [];
    services.onEvent((e) => e.type === 'synthesisProgress' && events.push(e));

    const made = await call<ProjectOpened>(services, 'createSynthesisProject', [
      { name: 'North' },
      await fixtureFiles(0, 8),
    ]);
    expect(made.added.every((a) => a.outcome === 'added')).toBe(true);
    const first = expectRising(events);
    const texts = first[0].total;
    // Eight events' worth of notes: a bar that moves, not one jump at the end.
    expect(texts).toBeGreaterThan(EMBED_CHUNK);
    expect(first.map((e) => e.done)).toEqual(
      Array.from({ length: Math.ceil(texts / EMBED_CHUNK) }, (_, i) => Math.min((i + 1) * EMBED_CHUNK, texts)),
    );

    events.length = 0;
    await call(services, 'addSynthesisProjectFiles', [made.review.id, await fixtureFiles(8, 9)]);
    const later = expectRising(events);
    // Only the new export's texts are read by the model; the first eight's are known.
    expect(later[0].total).toBeGreaterThan(0);
    expect(later[0].total).toBeLessThan(texts / 4);
  }, 120_000);
});
