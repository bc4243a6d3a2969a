import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import type { Services } from '../../../../electron/services/services';
import type { SessionId, TableId } from '../../../../shared/ids';
import { operation } from '../../../../shared/operations/registry';
import { newTable } from '../../../../shared/operations/tableOperations';
import type { RoomStatus, ServerMessage } from '../../../../shared/room/protocol';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import { EVENT, QUICK_AUTOSAVE, servicesFor } from '../../../helpers/services';
import { tempFolder } from '../../../helpers/tempFolder';

// The room as phones meet it, over real sockets on loopback, against the real services on a
// real data folder. Shared by the room's tests.

export const ctx = { clientId: 'room-test' };

/** A built renderer folder with just the two pages the room server must tell apart. */
export async function rendererFolder(): Promise<string> {
  const rendererDir = await tempFolder();
  await writeFile(path.join(rendererDir, 'participant.html'), '<!doctype html><title>Join</title>');
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Facilitator</title>');
  return rendererDir;
}

/** A session with the Benefits and risks exercise (3 dots per column) at two tables, and another session beside it. */
export async function sessionWithExercise(services: Services) {
  const doc = await services.createSession(ctx, EVENT);
  const template = (await services.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
  await services.applyOperation(
    ctx,
    doc.id,
    operation('addExercise', instantiateTemplate(doc, template, new Date().toISOString())),
  );
  await services.applyOperation(
    ctx,
    doc.id,
    operation('addTable', newTable(await services.openSession(ctx, doc.id), 'Table 2')),
  );
  const other = await services.createSession(ctx, { ...EVENT, name: 'Another event' });
  const tables = Object.values((await services.openSession(ctx, doc.id)).tables).sort((a, b) => a.order - b.order);
  return { sessionId: doc.id as SessionId, otherId: other.id, tableIds: tables.map((t) => t.id as TableId) };
}

/** The services on a fresh data folder, a session, and its room open on 127.0.0.1. */
export async function openRoom(dataDir?: string) {
  const folder = dataDir ?? (await tempFolder());
  const services = await servicesFor(folder, QUICK_AUTOSAVE, await rendererFolder());
  const session = await sessionWithExercise(services);
  const status = await services.openRoom(ctx, session.sessionId, '127.0.0.1');
  return { services, status, dataDir: folder, ...session, tableId: session.tableIds[0] };
}

export type Phone = Awaited<ReturnType<typeof phone>>;

/** A phone: a socket to the room that collects what the server says; `from` picks the loopback address it comes from. */
export async function phone(status: Pick<RoomStatus, 'port'>, options: { origin?: string; from?: string } = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${status.port}/room`, {
    origin: options.origin ?? `http://127.0.0.1:${status.port}`,
    localAddress: options.from,
  });
  const received: ServerMessage[] = [];
  ws.on('message', (data) => received.push(JSON.parse(String(data)) as ServerMessage));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const next = async <T extends ServerMessage['type']>(type: T): Promise<Extract<ServerMessage, { type: T }>> => {
    for (let i = 0; i < 500; i++) {
      const index = received.findIndex((m) => m.type === type);
      if (index >= 0) return received.splice(index, 1)[0] as Extract<ServerMessage, { type: T }>;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ${type} message; got ${JSON.stringify(received)}`);
  };
  /** The last view the phone was sent, once the room has had time to send any newer one. */
  const lastView = async () => {
    // Views go out at most every 250 ms: wait for one more round.
    await new Promise((r) => setTimeout(r, 600));
    const views = received.filter((m) => m.type === 'view');
    return (views[views.length - 1] as Extract<ServerMessage, { type: 'view' }> | undefined)?.view;
  };
  const send = (m: object) => ws.send(JSON.stringify(m));
  return {
    ws,
    received,
    next,
    lastView,
    send,
    closed,
    /** Joins with the code and sits at a table; resolves with the joined message. */
    async joinAt(code: string, tableId: string | null, staffGroup: string | null = null) {
      send({ type: 'join', code });
      const joined = await next('joined');
      if (tableId) {
        send({ type: 'profile', tableId, staffGroup, sector: null });
        await next('view');
      }
      return joined;
    },
  };
}

export function get(port: number, pathName: string, host = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathName, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

export const wrongCode = (status: RoomStatus) => (status.joinCode === '000000' ? '000001' : '000000');
