import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoundtableApi } from '../../../shared/api/contract';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import { SESSION_SCHEMA_VERSION } from '../../../shared/document/schema';
import { operation } from '../../../shared/operations/registry';
import { ok } from '../../../shared/result';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import type { Services } from '../../../electron/services/services';
import { Workbench } from '../../../renderer/src/state/workbench';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../helpers/services';
import { participantNote } from '../../helpers/sessions';

// The session the app is launched to show (`?open=<id>`) is the first thing on screen: its board
// opens without waiting for the sessions list, from the answer index.html's first script asked for
// before the app started, and nothing the later answers say is lost on the way.

const ctx = { clientId: 'test' };

async function sessionOnDisk() {
  const dataDir = await tempFolder();
  const services = await servicesFor(dataDir);
  const doc = await services.createSession(ctx, { ...EVENT, name: 'Morning workshop' });
  const added = instantiateTemplate(doc, (await services.listTemplates())[0], new Date().toISOString());
  await services.applyOperation(ctx, doc.id, operation('addExercise', added));
  const boardId = added.boards[0].id;
  await services.applyOperation(ctx, doc.id, operation('addNotes', { notes: [participantNote(boardId, 'Staff')] }));
  await services.flushAll();
  return {
    dataDir,
    sessionId: doc.id,
    boardId,
    file: path.join(dataDir, 'sessions', `${doc.id.replace(':', '-')}.json`),
  };
}

/** The real API over the real services, with the answers of `held` methods kept back until released. */
function heldApi(services: Services, held: (keyof RoundtableApi)[]) {
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, services, { clientId: 'window-1' });
  const client = createApiClient(clientEnd);
  const waiting: (() => void)[] = [];
  const calls: string[] = [];
  const api = new Proxy(client, {
    get(target, name: string) {
      const real = target[name as keyof RoundtableApi] as unknown;
      if (typeof real !== 'function' || name === 'onEvent') return real;
      return async (...args: unknown[]) => {
        calls.push(name);
        const answer = await (real as (...a: unknown[]) => Promise<unknown>)(...args);
        if (held.includes(name as keyof RoundtableApi)) await new Promise<void>((r) => waiting.push(r));
        return answer;
      };
    },
  });
  /** Lets the answers held so far go, once there is at least one. */
  const release = async () => {
    await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0));
    waiting.splice(0).forEach((r) => r());
  };
  return { api, calls, release };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('the session the app was launched to show', () => {
  it('opens at its first board before the sessions list has answered; the list follows', async () => {
    const { dataDir, sessionId, boardId } = await sessionOnDisk();
    const { api, release } = heldApi(await servicesFor(dataDir), ['listSessions']);
    const workbench = new Workbench(api);
    workbench.start();
    const revealed = workbench.revealSession(sessionId);

    await vi.waitFor(() => expect(workbench.getState().activeBoardId).toBe(boardId));
    expect(workbench.getState().sessions).toBeNull();
    await release();
    await revealed;
    expect(workbench.getState().sessions?.map((s) => s.eventName)).toEqual(['Morning workshop']);
    expect(workbench.getState().selectedSessionId).toBe(sessionId);
  });

  it('asks for the sessions list and the app details only once its board is drawn; the notices at once', async () => {
    const { dataDir, sessionId, boardId } = await sessionOnDisk();
    const { api, calls } = heldApi(await servicesFor(dataDir), []);
    const workbench = new Workbench(api);
    let drawn: (() => void)[] = [];
    const whenDrawn = (then: () => void) => {
      drawn.push(then);
      return () => (drawn = drawn.filter((t) => t !== then));
    };
    const stop = workbench.start(whenDrawn);
    const revealed = workbench.revealSession(sessionId, whenDrawn);

    await vi.waitFor(() => expect(workbench.getState().activeBoardId).toBe(boardId));
    expect(calls).toContain('listStorageNotices');
    expect(calls).not.toContain('listSessions');
    expect(calls).not.toContain('getAppInfo');

    drawn.splice(0).forEach((then) => then());
    await revealed;
    expect(calls.filter((c) => c === 'listSessions')).toHaveLength(1);
    await vi.waitFor(() => expect(workbench.getState().appInfo).not.toBeNull());
    expect(workbench.getState().sessions?.map((s) => s.eventName)).toEqual(['Morning workshop']);
    stop();
  });

  it('lists the sessions at once when the launched session cannot be opened (no board will be drawn)', async () => {
    const { dataDir } = await sessionOnDisk();
    const { api } = heldApi(await servicesFor(dataDir), []);
    const workbench = new Workbench(api);
    const never = () => () => {};
    workbench.start(never);
    await workbench.revealSession('session:missing', never);
    expect(workbench.getState().problem).toMatch(/Could not open the session/);
    expect(workbench.getState().sessions?.map((s) => s.eventName)).toEqual(['Morning workshop']);
  });

  it('uses the answer asked for before the app started, once; a failed early call is asked again', async () => {
    const { dataDir, sessionId, boardId } = await sessionOnDisk();
    const services = await servicesFor(dataDir);
    const doc = await services.openSession(ctx, sessionId);
    (globalThis as { window?: unknown }).window = {
      __roundtableOpenEarly: { sessionId, result: Promise.resolve(ok(doc)) },
    };
    const { api, calls } = heldApi(services, []);
    const workbench = new Workbench(api);
    await workbench.revealSession(sessionId);
    expect(workbench.getState().activeBoardId).toBe(boardId);
    expect(calls).not.toContain('openSession');

    // The early socket closed before answering: the workbench asks itself.
    (globalThis as { window?: unknown }).window = {
      __roundtableOpenEarly: { sessionId, result: Promise.resolve(null) },
    };
    const again = heldApi(services, []);
    const second = new Workbench(again.api);
    await second.revealSession(sessionId);
    expect(second.getState().activeBoardId).toBe(boardId);
    expect(again.calls).toContain('openSession');
  });

  it('an early answer that is an error is shown as the services’ error', async () => {
    const { dataDir, sessionId } = await sessionOnDisk();
    (globalThis as { window?: unknown }).window = {
      __roundtableOpenEarly: {
        sessionId,
        result: Promise.resolve({ ok: false, error: { code: 'not-found', message: 'There is no such session.' } }),
      },
    };
    const workbench = new Workbench(heldApi(await servicesFor(dataDir), []).api);
    await workbench.revealSession(sessionId);
    expect(workbench.getState().problem).toBe('Could not open the session: There is no such session.');
    expect(workbench.getState().activeBoardId).toBeNull();
  });

  it('from a newer Roundtable turns read-only when the notices say so, even if it arrived before them', async () => {
    const { dataDir, sessionId, file } = await sessionOnDisk();
    const text = JSON.parse(await readFile(file, 'utf-8'));
    text.schemaVersion = SESSION_SCHEMA_VERSION + 1;
    await writeFile(file, JSON.stringify(text));
    const { api, release } = heldApi(await servicesFor(dataDir), ['listStorageNotices']);
    const workbench = new Workbench(api);
    workbench.start();
    await workbench.revealSession(sessionId);
    const session = workbench.getState().openSessions.get(sessionId)!;
    expect(session.getView().readOnly).toBeNull();

    await release();
    await vi.waitFor(() => expect(session.getView().readOnly).toMatch(/saved by a newer Roundtable.*read-only/));
    expect(session.apply(operation('updateEventDetails', { changes: { name: 'Changed' } }))).toBe(false);
  });
});
