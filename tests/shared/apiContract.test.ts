import { describe, expect, it } from 'vitest';
import { createApiClient, createProtocolPair, serveApi } from '../../shared/api/rpc';
import type { ApiEvent } from '../../shared/api/contract';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { operation } from '../../shared/operations/registry';
import { ApiError } from '../../shared/result';
import { tempFolder } from '../helpers/tempFolder';
import { EVENT, servicesFor } from '../helpers/services';
import { participantNote } from '../helpers/sessions';

async function connected() {
  const services = await servicesFor(await tempFolder());
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, services, { clientId: 'test-client' });
  return { api: createApiClient(clientEnd), services };
}

describe('the API contract over an in-memory transport', () => {
  it('creates, lists, opens, changes, renames and deletes a session', async () => {
    const { api } = await connected();
    const events: ApiEvent[] = [];
    api.onEvent((e) => events.push(e));

    const created = await api.createSession(EVENT);
    expect(await api.listSessions()).toMatchObject([{ id: created.id, eventName: EVENT.name, exerciseCount: 0 }]);

    const template = (await api.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
    const added = instantiateTemplate(created, template, new Date().toISOString());
    expect(await api.applyOperation(created.id, operation('addExercise', added))).toEqual({ revision: 1 });
    const boardId = added.boards[0].id;
    await api.applyOperation(created.id, operation('addNotes', { notes: [participantNote(boardId, 'Travel time')] }));

    const opened = await api.openSession(created.id);
    expect(opened.revision).toBe(2);
    expect(
      Object.values(opened.notes)
        .filter((n) => n.kind === 'participant')
        .map((n) => n.text),
    ).toEqual(['Travel time']);

    expect(await api.renameSession(created.id, 'Renamed event')).toMatchObject({
      eventName: 'Renamed event',
      noteCount: 1,
    });
    await api.deleteSession(created.id);
    expect(await api.listSessions()).toEqual([]);

    expect(
      events.filter((e) => e.type === 'sessionChanged').map((e) => e.type === 'sessionChanged' && e.origin),
    ).toEqual(['test-client', 'test-client', 'test-client']);
  });

  it('rejects arguments that break the contract with an error naming them', async () => {
    const { api } = await connected();
    const call = api.renameSession('not-an-id' as never, 'x');
    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('renameSession'),
    });
    await expect(api.createSession({ ...EVENT, name: '' })).rejects.toThrow(/name: must not be empty/);
  });

  it('reports a missing session as not-found, in words', async () => {
    const { api } = await connected();
    await expect(api.openSession('session:nothere')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no session/i),
    });
  });

  it('refuses an operation that does not apply, and the session stays as it was', async () => {
    const { api } = await connected();
    const created = await api.createSession(EVENT);
    await expect(
      api.applyOperation(created.id, operation('deleteNotes', { noteIds: ['note:ghost'] })),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await api.openSession(created.id)).revision).toBe(0);
  });
});

describe('a closed client', () => {
  it('fails calls made after the connection closed at once, rather than leaving them waiting', async () => {
    const { api } = await connected();
    api.close('Lost the connection.');
    await expect(api.listSessions()).rejects.toThrow('Lost the connection.');
  });
});
