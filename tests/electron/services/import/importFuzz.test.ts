import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { contentHashOf, exportSessionDocument } from '../../../../electron/services/export/exportService';
import { canonicalJson } from '../../../../shared/export/canonicalJson';
import type { SessionExport } from '../../../../shared/export/schema';
import { between, pick } from '../../../../scripts/lib/seededRandom';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../../fixtures/exportSession';
import { isSpecific, malformedJson, newTally, prototypesAreClean, seededRandom } from '../../../helpers/fuzz';
import { EVENT, servicesFor } from '../../../helpers/services';
import { tempFolder } from '../../../helpers/tempFolder';
import { folderState } from '../../../helpers/folderState';

// Thousands of malformed export files through the import door as the renderer calls it
// (the dispatcher, as IPC and the WebSocket deliver calls): broken JSON and structure, and
// files that parse but lie (references to nothing, ids used twice, a newer format, content
// changed after export with or without a fresh hash). Each must end in a specific error;
// none may crash, pollute a prototype, or change a byte of the data folder.

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const ctx = { clientId: 'import-fuzz' };

/** A file that parses and passes the schema but does not hold together, re-hashed so only the deeper checks can catch it. */
function lyingExport(random: () => number, valid: SessionExport): SessionExport {
  const data = structuredClone(valid);
  const note = pick(random, data.notes);
  switch (between(random, 0, 8)) {
    case 0:
      note.zoneId = 'zone:missing';
      break;
    case 1:
      note.boardId = 'board:missing';
      break;
    case 2:
      note.clusterId = 'cluster:missing';
      break;
    case 3:
      data.notes.push({ ...note });
      break;
    case 4:
      data.clusters[0].noteIds.push('note:missing');
      break;
    case 5:
      data.links.push({ id: 'link:x', boardId: note.boardId, fromNoteId: note.id, toNoteId: 'note:missing' });
      break;
    case 6:
      note.tableId = 'table:t9';
      break;
    case 7:
      (data as { schemaVersion: number }).schemaVersion = 2;
      break;
    default:
      data.votes[0].dots.push({ noteId: 'note:missing', count: 1 });
      break;
  }
  const { contentHash: _old, ...unhashed } = data;
  return { ...data, contentHash: contentHashOf(unhashed) };
}

function sameContent(text: string, canonical: string): boolean {
  try {
    return canonicalJson(JSON.parse(text)) === canonical;
  } catch {
    return false;
  }
}

describe('import fuzzing', () => {
  it('answers every malformed file with a specific error and leaves the data folder as it was', async () => {
    const dir = await tempFolder();
    const services = await servicesFor(dir);
    await services.createSession(ctx, EVENT);
    await services.flushAll();
    const before = await folderState(dir);
    const valid = JSON.parse(
      exportSessionDocument(exportFixtureSession(), { ...FIXTURE_EXPORT, review: null }).files[0].content,
    ) as SessionExport;
    const random = seededRandom(20261124);
    const tally = newTally();
    const inputs: string[] = [];
    const unchanged = canonicalJson(valid);
    while (inputs.length < 2_000 * SCALE) {
      const { text } = malformedJson(random, valid);
      // A mutation that happens to leave the same content (-0 for 0, say) is a valid file, not a malformed one.
      if (!sameContent(text, unchanged)) inputs.push(text);
    }
    for (let i = 0; i < 1_000 * SCALE; i++) inputs.push(JSON.stringify(lyingExport(random, valid)));
    const started = performance.now();
    for (const [i, text] of inputs.entries()) {
      const method = i % 2 === 0 ? 'importSessionExport' : 'planTableMerge';
      const sessionId = (await services.listSessions())[0].id;
      const args = method === 'importSessionExport' ? [`file-${i}.json`, text] : [sessionId, `file-${i}.json`, text];
      const result = await services.dispatch(method, args, ctx);
      tally.inputs++;
      if (result.ok) tally.accepted++;
      else if (isSpecific(result.error)) tally.rejected++;
      else tally.vague.push(`${i}: ${result.error.code}: ${result.error.message.slice(0, 300)}`);
      if (!prototypesAreClean()) tally.pollution.push(String(i));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `import fuzz: ${tally.inputs} files in ${seconds.toFixed(1)} s: ${tally.rejected} specific errors, ${tally.accepted} accepted, ${tally.vague.length} vague`,
    );
    expect(tally.vague.slice(0, 5)).toEqual([]);
    expect(tally.pollution).toEqual([]);
    expect(tally.accepted).toBe(0);
    await services.flushAll();
    expect(await folderState(dir)).toEqual(before);
  }, 180_000);
});
