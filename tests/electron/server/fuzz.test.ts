// Thousands of malformed inputs through every door from outside: session files read by the
// store, template files, API calls as IPC delivers them (the dispatcher), and WebSocket
// frames sent to the real browser-mode server. Each must end in acceptance (the mutation
// happened to be harmless) or a specific error: never a crash, never prototype pollution.
// FUZZ_SCALE=10 multiplies the counts for a longer run by hand.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserModeServer } from '../../../electron/server/browserServer';
import { loadTemplateLibrary } from '../../../electron/services/templates/templateLibrary';
import { API_METHODS } from '../../../shared/api/methods';
import type { SessionId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { EVENT, servicesFor, TEMPLATES_DIR } from '../../helpers/services';
import { participantNote } from '../../helpers/sessions';
import { tempFolder } from '../../helpers/tempFolder';
import {
  isSpecific,
  malformedJson,
  newTally,
  prototypesAreClean,
  seededRandom,
  type FuzzTally,
} from '../../helpers/fuzz';

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const COUNTS = { sessionFiles: 2_000 * SCALE, templates: 1_000 * SCALE, calls: 5_000 * SCALE, frames: 2_000 * SCALE };
const ctx = { clientId: 'fuzz' };
const tallies: Record<string, FuzzTally> = {};

/** Records one input's outcome. */
function record(tally: FuzzTally, label: string, outcome: { ok: true } | { ok: false; error: unknown }) {
  tally.inputs++;
  if (outcome.ok) tally.accepted++;
  else if (isSpecific(outcome.error as never)) tally.rejected++;
  else if (outcome.error instanceof Error && !('code' in outcome.error))
    tally.crashes.push(`${label}: ${outcome.error.stack?.slice(0, 400)}`);
  else
    tally.vague.push(`${label}: ${(outcome.error as Error)?.message ?? JSON.stringify(outcome.error)}`.slice(0, 500));
  if (!prototypesAreClean()) tally.pollution.push(label);
}

function expectClean(tally: FuzzTally) {
  expect(tally.crashes).toEqual([]);
  expect(tally.vague).toEqual([]);
  expect(tally.pollution).toEqual([]);
  expect(tally.rejected).toBeGreaterThan(tally.inputs * 0.8); // the inputs really were malformed
}

/** The real services with one session holding a board and a few notes: the valid material mutations start from. */
async function validMaterial(dataDir: string) {
  const services = await servicesFor(dataDir);
  const doc = await services.createSession(ctx, EVENT);
  const [template] = await services.listTemplates();
  const exercise = instantiateTemplate(doc, template, new Date().toISOString());
  await services.applyOperation(ctx, doc.id, operation('addExercise', exercise));
  const notes = ['Staff shortages', 'Travel time', 'Trust in the data'].map((t, i) =>
    participantNote(exercise.boards[0].id, t, 100 * i, 200),
  );
  await services.applyOperation(ctx, doc.id, operation('addNotes', { notes }));
  await services.flushAll();
  const session = await services.openSession(ctx, doc.id);
  const calls: [string, unknown[]][] = [
    ['openSession', [doc.id]],
    ['renameSession', [doc.id, 'A new name']],
    ['createSession', [EVENT]],
    ['listSnapshots', [doc.id]],
    ['readSnapshot', [doc.id, '20250304T090000000Z-scheduled-n1-e1']],
    ['recoverSession', [doc.id, '20250304T090000000Z-scheduled-n1-e1']],
    [
      'applyOperation',
      [doc.id, operation('addNotes', { notes: [participantNote(exercise.boards[0].id, 'Another note')] })],
    ],
    ['applyOperation', [doc.id, operation('moveNotes', { moves: [{ noteId: notes[0].id, x: 5, y: 5 }] })]],
    ['applyOperation', [doc.id, operation('editNoteText', { noteId: notes[1].id, text: 'Edited' })]],
    ['applyOperation', [doc.id, operation('updateEventDetails', { changes: { location: 'York' } })]],
    ['applyOperation', [doc.id, operation('restoreVersion', { document: session, takenAt: session.updatedAt })]],
  ];
  return { services, session, template, calls };
}

afterAll(() => {
  const line = Object.entries(tallies)
    .map(
      ([door, t]) =>
        `${door}: ${t.inputs} inputs, ${t.rejected} specific errors, ${t.accepted} harmless, ${t.crashes.length} crashes, ${t.vague.length} vague, ${t.pollution.length} pollution`,
    )
    .join('\n  ');
  console.log(`Fuzz figures:\n  ${line}`);
});

describe('fuzzing every door from outside', () => {
  it(
    `session files read by the store (${COUNTS.sessionFiles})`,
    async () => {
      const dataDir = await tempFolder();
      const { services, session } = await validMaterial(dataDir);
      const random = seededRandom(1);
      const tally = (tallies.sessionFiles = newTally());
      const original = JSON.stringify(session);
      for (let i = 0; i < COUNTS.sessionFiles; i++) {
        const id = `session:fuzz${i}` as SessionId;
        const { text } = malformedJson(random, JSON.parse(original.replaceAll(session.id, id)));
        await writeFile(path.join(dataDir, 'sessions', `${id.replace(':', '-')}.json`), text);
        const outcome = await services.openSession(ctx, id).then(
          () => ({ ok: true as const }),
          (error) => ({ ok: false as const, error }),
        );
        record(tally, `file ${i}: ${text.slice(0, 120)}`, outcome);
        if (i % 250 === 0) await services.listSessions(); // the listing path reads them too
      }
      await services.flushAll();
      expectClean(tally);
    },
    240_000 * SCALE,
  );

  it(
    `template files (${COUNTS.templates})`,
    async () => {
      const folder = path.join(await tempFolder(), 'templates');
      await mkdir(folder);
      const { templates } = await loadTemplateLibrary(TEMPLATES_DIR);
      const random = seededRandom(2);
      const tally = (tallies.templates = newTally());
      for (let i = 0; i < COUNTS.templates; i++) {
        const { text } = malformedJson(random, templates[i % templates.length]);
        await writeFile(path.join(folder, 'fuzz.json'), text);
        const library = await loadTemplateLibrary(folder).then(
          (l) => ({ ok: true as const, l }),
          (error) => ({ ok: false as const, error }),
        );
        if (!library.ok) record(tally, `template ${i}`, library);
        else if (library.l.templates.length === 1) record(tally, `template ${i}`, { ok: true });
        else
          record(tally, `template ${i}`, {
            ok: false,
            error: { code: 'invalid-input', message: library.l.problems[0] },
          });
        if (library.ok && library.l.problems[0] && !library.l.problems[0].startsWith('Template fuzz.json'))
          tally.vague.push(library.l.problems[0]);
      }
      expectClean(tally);
    },
    240_000 * SCALE,
  );

  it(
    `API calls as IPC delivers them, through the dispatcher (${COUNTS.calls})`,
    async () => {
      const { services, calls } = await validMaterial(await tempFolder());
      const random = seededRandom(3);
      const tally = (tallies.calls = newTally());
      for (let i = 0; i < COUNTS.calls; i++) {
        const [method, args] = calls[i % calls.length];
        const { value, text } = malformedJson(random, args);
        // Now and then the method name is the thing that is wrong.
        const name =
          random() < 0.05 ? (malformedJson(random, { method }).value as { method?: unknown } | null)?.method : method;
        const result = await services.dispatch(name, value, ctx).catch((error) => ({
          ok: false as const,
          error,
        }));
        record(
          tally,
          `call ${i} ${typeof name === 'string' ? name : typeof name}(${text.slice(0, 120)})`,
          result.ok ? { ok: true } : { ok: false, error: result.error },
        );
      }
      await services.flushAll();
      expect(API_METHODS.length).toBeGreaterThan(0);
      expectClean(tally);
    },
    240_000 * SCALE,
  );

  it(
    `WebSocket frames sent to the real browser-mode server (${COUNTS.frames})`,
    async () => {
      const root = await tempFolder();
      const { services, calls } = await validMaterial(path.join(root, 'data'));
      await mkdir(path.join(root, 'renderer'));
      await writeFile(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Roundtable</title>');
      const server = await startBrowserModeServer({ services, rendererDir: path.join(root, 'renderer'), port: 0 });
      const url = new URL(server.url);
      const base = `http://127.0.0.1:${url.port}`;
      const page = await fetch(server.url, { headers: { origin: base } });
      const cookie = page.headers.get('set-cookie')!.split(';')[0];
      const ws = new WebSocket(`ws://127.0.0.1:${url.port}/api`, { headers: { origin: base, cookie } });
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const answers: { kind: string; result?: { ok: boolean; error?: unknown }; message?: string }[] = [];
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.kind !== 'event') answers.push(message);
      });
      const random = seededRandom(4);
      const tally = (tallies.frames = newTally());
      for (let i = 0; i < COUNTS.frames; i++) {
        const [method, args] = calls[i % calls.length];
        const { text } = malformedJson(random, { kind: 'call', id: i, method, args });
        ws.send(text);
        for (let wait = 0; answers.length === 0 && wait < 2_000; wait++) await new Promise((r) => setTimeout(r, 1));
        const answer = answers.shift();
        if (!answer)
          record(tally, `frame ${i}: no answer to ${text.slice(0, 120)}`, {
            ok: false,
            error: { message: 'no answer' },
          });
        else if (answer.kind === 'rejected')
          record(tally, `frame ${i}`, { ok: false, error: { code: 'invalid-input', message: answer.message } });
        else
          record(
            tally,
            `frame ${i}: ${text.slice(0, 120)}`,
            answer.result!.ok ? { ok: true } : { ok: false, error: answer.result!.error },
          );
        answers.length = 0;
      }
      expect(ws.readyState).toBe(WebSocket.OPEN); // junk never brought the connection down
      ws.close();
      await server.close();
      await services.flushAll();
      expectClean(tally);
    },
    240_000 * SCALE,
  );
});
