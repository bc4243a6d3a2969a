import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserModeServer } from '../../../electron/server/browserServer';
import { exportSessionDocument } from '../../../electron/services/export/exportService';
import { buildCustomTemplate } from '../../../shared/templates/custom';
import { operation } from '../../../shared/operations/registry';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../fixtures/exportSession';
import { folderState } from '../../helpers/folderState';
import { EVENT, servicesFor, startedServicesForTests } from '../../helpers/services';
import { tempFolder } from '../../helpers/tempFolder';

// A key written twice in one object is refused at every door from outside: JSON.parse would
// keep the last, another program the first, and the same file would say two things.

const ctx = { clientId: 'repeated-keys' };
const REFUSED = /appears twice in one object.*remove one of them/;
const { start } = startedServicesForTests('browser');

/** `text` with a decoy written before the first `"key":` member: first-wins readers see the decoy. */
function repeatKey(text: string, key: string, decoy: unknown): string {
  const at = text.indexOf(`"${key}":`);
  expect(at).toBeGreaterThan(-1);
  return `${text.slice(0, at)}"${key}":${JSON.stringify(decoy)},${text.slice(at)}`;
}

describe('a key repeated in one object', () => {
  it('in a session file: the file is quarantined as damaged, with the reason, and not shown', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    const doc = await services.createSession(ctx, EVENT);
    await services.flushAll();
    const file = path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`);
    await writeFile(file, repeatKey(await readFile(file, 'utf-8'), 'name', 'Another event'));

    const fresh = await servicesFor(dataDir);
    expect(await fresh.listSessions()).toEqual([]);
    const [notice] = await fresh.listStorageNotices();
    expect(notice).toMatchObject({ kind: 'quarantined', sessionId: doc.id });
    expect(notice.kind === 'quarantined' && notice.detail).toMatch(/event: the key "name" appears twice in one object/);
  });

  it('in an export to import: refused with the reason, the data folder unchanged', async () => {
    const dataDir = await tempFolder();
    const services = await servicesFor(dataDir);
    await services.createSession(ctx, EVENT);
    await services.flushAll();
    const before = await folderState(dataDir);
    const text = exportSessionDocument(exportFixtureSession(), { ...FIXTURE_EXPORT, review: null }).files[0].content;
    const hostile = repeatKey(text, 'text', 'A different note text');
    await expect(services.importSessionExport(ctx, 'leeds.json', hostile)).rejects.toThrow(REFUSED);
    const session = (await services.listSessions())[0];
    await expect(services.planTableMerge(ctx, session.id, 'leeds.json', hostile)).rejects.toThrow(REFUSED);
    await services.flushAll();
    expect(await folderState(dataDir)).toEqual(before);
  });

  it('in a template of the user’s own: not loaded, and reported at start', async () => {
    const dataDir = await tempFolder();
    await mkdir(path.join(dataDir, 'templates'), { recursive: true });
    const template = buildCustomTemplate(
      {
        title: 'Our own board',
        prompt: 'What matters?',
        zones: ['Good', 'Bad'],
        layout: 'columns',
        voting: { kind: 'dots', perParticipant: 3, perItem: 1 },
      },
      new Set(),
      '2025-03-04',
    );
    await writeFile(
      path.join(dataDir, 'templates', `${template.id}.json`),
      repeatKey(JSON.stringify(template), 'title', 'Something else'),
    );
    const started = await start(dataDir);
    expect((await started.service.listTemplates()).some((t) => t.id === template.id)).toBe(false);
    expect(started.problems).toEqual([expect.stringMatching(REFUSED)]);
  });

  it('in a call over browser mode’s WebSocket: answered with the reason, and not run', async () => {
    const root = await tempFolder();
    const rendererDir = path.join(root, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Roundtable</title>');
    const services = await servicesFor(path.join(root, 'data'));
    const server = await startBrowserModeServer({ services, rendererDir, port: 0 });
    try {
      const url = new URL(server.url);
      const base = `http://127.0.0.1:${url.port}`;
      const ws = new WebSocket(`ws://127.0.0.1:${url.port}/api?token=${url.searchParams.get('token')}`, {
        origin: base,
      });
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const answers: unknown[] = [];
      ws.on('message', (data) => answers.push(JSON.parse(String(data))));
      const call = JSON.stringify({ kind: 'call', id: 7, method: 'createSession', args: [EVENT] });
      ws.send(repeatKey(call, 'name', 'Another event'));
      ws.send(repeatKey('{"kind":"hello"}', 'kind', 'call'));
      await expect.poll(() => answers.filter((a) => (a as { kind: string }).kind !== 'event').length).toBe(2);
      expect(answers).toContainEqual({
        kind: 'result',
        id: 7,
        result: {
          ok: false,
          error: {
            code: 'invalid-input',
            message: expect.stringMatching(/^That message is not valid: args › 0: the key "name" appears twice/),
          },
        },
      });
      expect(answers).toContainEqual({
        kind: 'rejected',
        message: expect.stringMatching(/the key "kind" appears twice/),
      });
      expect(await services.listSessions()).toEqual([]);
      ws.close();
    } finally {
      await server.close();
    }
  });

  it('in a phone’s message to the room: answered with the reason, and no note added', async () => {
    const rendererDir = await tempFolder();
    await writeFile(path.join(rendererDir, 'participant.html'), '<!doctype html><title>Join</title>');
    const services = await servicesFor(await tempFolder(), undefined, rendererDir);
    const doc = await services.createSession(ctx, EVENT);
    const template = (await services.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
    await services.applyOperation(
      ctx,
      doc.id,
      operation('addExercise', instantiateTemplate(doc, template, new Date().toISOString())),
    );
    const status = await services.openRoom(ctx, doc.id, '127.0.0.1');
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${status.port}/room`, { origin: `http://127.0.0.1:${status.port}` });
      const received: { type: string; message?: string }[] = [];
      ws.on('message', (data) => received.push(JSON.parse(String(data))));
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const next = async (type: string) => {
        await expect.poll(() => received.some((m) => m.type === type)).toBe(true);
        return received.splice(
          received.findIndex((m) => m.type === type),
          1,
        )[0];
      };
      ws.send(JSON.stringify({ type: 'join', code: status.joinCode }));
      await next('joined');
      ws.send(JSON.stringify({ type: 'profile', tableId: Object.keys(doc.tables)[0], staffGroup: null, sector: null }));
      const before = Object.keys((await services.openSession(ctx, doc.id)).notes).length;
      ws.send(
        repeatKey(
          JSON.stringify({ type: 'addNote', clientNoteId: 'note-one', text: 'Lone working', zoneId: null }),
          'text',
          'Something else',
        ),
      );
      expect((await next('error')).message).toMatch(/the key "text" appears twice in one object.*Reload the page/);
      expect(Object.keys((await services.openSession(ctx, doc.id)).notes)).toHaveLength(before);
      ws.close();
    } finally {
      await services.closeRoom();
      await services.flushAll();
    }
  });
});
