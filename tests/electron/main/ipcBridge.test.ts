import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiOverBridge } from '../../../shared/api/client';
import { API_METHODS, type ApiEvent, type RoundtableApi, type RoundtableBridge } from '../../../shared/api/contract';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import { ApiError } from '../../../shared/result';
import { operation } from '../../../shared/operations/registry';
import { EVENT, servicesFor } from '../../helpers/services';
import { tempFolder } from '../../helpers/tempFolder';

// The desktop path end to end, preload → IPC → main → services, with Electron itself stood in
// for (it cannot run here): the real preload and the real main-process IPC module, joined by
// a stand-in for ipcRenderer and ipcMain that passes calls and events between them as Electron
// would. The browser-mode path runs beside it, so both can be held to the same answers.

const electron = vi.hoisted(() => {
  const mainHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const mainListeners = new Map<string, (event: { returnValue?: unknown }) => void>();
  const rendererListeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const exposed: Record<string, unknown> = {};
  /** What Electron would tell main about the caller: our own window's top frame, or not. */
  const sender = { trusted: true };
  const invokeEvent = () => ({
    sender: { id: 7 },
    senderFrame: { parent: null, url: sender.trusted ? 'app://roundtable/index.html' : 'https://evil.example/' },
  });
  const window = {
    webContents: {
      send: (channel: string, payload: unknown) =>
        rendererListeners.get(channel)?.forEach((listener) => listener({}, structuredClone(payload))),
    },
  };
  return { mainHandlers, mainListeners, rendererListeners, exposed, sender, invokeEvent, window };
});

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      electron.mainHandlers.set(channel, handler),
    on: (channel: string, listener: (event: { returnValue?: unknown }) => void) =>
      electron.mainListeners.set(channel, listener),
  },
  ipcRenderer: {
    sendSync: (channel: string) => {
      const event: { returnValue?: unknown } = {};
      electron.mainListeners.get(channel)!(event);
      return structuredClone(event.returnValue);
    },
    // Arguments and answers are copied across, as IPC's structured clone does.
    invoke: async (channel: string, ...args: unknown[]) =>
      structuredClone(await electron.mainHandlers.get(channel)!(electron.invokeEvent(), ...structuredClone(args))),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!electron.rendererListeners.has(channel)) electron.rendererListeners.set(channel, new Set());
      electron.rendererListeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      electron.rendererListeners.get(channel)?.delete(listener),
  },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (electron.exposed[key] = value) },
  BrowserWindow: { getAllWindows: () => [electron.window], fromWebContents: () => electron.window },
}));

let desktop: RoundtableApi;
let browser: RoundtableApi;
let stopBrowser: () => void;

beforeAll(async () => {
  const services = await servicesFor(await tempFolder());
  const { registerIpc } = await import('../../../electron/main/ipc');
  registerIpc(services);
  await import('../../../electron/preload/index');
  desktop = apiOverBridge(electron.exposed.roundtable as RoundtableBridge);
  const [clientEnd, serverEnd] = createProtocolPair();
  stopBrowser = serveApi(serverEnd, services, { clientId: 'browser' });
  browser = createApiClient(clientEnd);
});
afterAll(() => stopBrowser());

describe('the preload', () => {
  it('exposes exactly the API’s methods and onEvent, each a function, and nothing of Electron', () => {
    const bridge = electron.exposed.roundtable as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('bundles no schemas: it imports only Electron and the channel names, which import nothing', async () => {
    const { readFile } = await import('node:fs/promises');
    const importsOf = async (file: string) =>
      [
        ...(await readFile(new URL(file, import.meta.url), 'utf8')).matchAll(/^import (?!type )[^;]*from '([^']+)'/gm),
      ].map((m) => m[1]);
    expect(await importsOf('../../../electron/preload/index.ts')).toEqual(['electron', '../../shared/api/channels']);
    expect(await importsOf('../../../shared/api/channels.ts')).toEqual([]);
  });
});

describe('the desktop and browser paths run the same dispatcher', () => {
  it('create and open a session over IPC, with events arriving in the window', async () => {
    const events: ApiEvent[] = [];
    const stop = desktop.onEvent((event) => events.push(event));
    const doc = await desktop.createSession(EVENT);
    expect(
      await desktop.applyOperation(doc.id, operation('updateEventDetails', { changes: { name: 'Renamed' } })),
    ).toEqual({ revision: 1 });
    expect((await browser.openSession(doc.id)).event.name).toBe('Renamed');
    expect(events).toContainEqual(expect.objectContaining({ type: 'sessionChanged', origin: 'window-7', revision: 1 }));
    stop();
  });

  it.each<[string, (api: RoundtableApi) => Promise<unknown>]>([
    ['a missing session', (api) => api.openSession('session:nothere')],
    ['arguments that break the contract', (api) => api.renameSession('not-an-id' as never, 'x')],
  ])('fail with the same ApiError, code and message on both, for %s', async (_what, call) => {
    const [overIpc, overSocket] = await Promise.all([call(desktop), call(browser)].map((p) => p.catch((e) => e)));
    expect(overIpc).toBeInstanceOf(ApiError);
    expect(overSocket).toBeInstanceOf(ApiError);
    expect({ code: (overIpc as ApiError).code, message: (overIpc as ApiError).message }).toEqual({
      code: (overSocket as ApiError).code,
      message: (overSocket as ApiError).message,
    });
  });

  it('answers a call from anything but the app’s own window with a refusal, and runs nothing', async () => {
    electron.sender.trusted = false;
    try {
      const before = (await browser.listSessions()).length;
      await expect(desktop.createSession(EVENT)).rejects.toMatchObject({
        code: 'invalid-input',
        message: expect.stringMatching(/only from Roundtable’s own windows/),
      });
      expect((await browser.listSessions()).length).toBe(before);
    } finally {
      electron.sender.trusted = true;
    }
  });
});
