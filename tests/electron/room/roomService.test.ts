import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SessionService } from '../../../electron/services/sessionService';
import type { SessionId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import type { RoomStatus, ServerMessage } from '../../../shared/room/protocol';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { EVENT, QUICK_AUTOSAVE, servicesFor } from '../../helpers/services';
import { tempFolder } from '../../helpers/tempFolder';

// The room server as phones meet it, over real sockets on 127.0.0.1, against the real services
// on a real data folder: joining, notes, votes, and everything it must refuse.

const ctx = { clientId: 'room-test' };
let opened: { services: SessionService; status: RoomStatus } | null = null;

afterEach(async () => {
  await opened?.services.closeRoom();
  await opened?.services.flushAll();
  opened = null;
});

async function openRoom() {
  const dataDir = await tempFolder();
  const rendererDir = await tempFolder();
  await writeFile(path.join(rendererDir, 'participant.html'), '<!doctype html><title>Join</title>');
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Facilitator</title>');
  const services = await servicesFor(dataDir, QUICK_AUTOSAVE, rendererDir);
  const doc = await services.createSession(ctx, EVENT);
  const template = (await services.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
  await services.applyOperation(
    ctx,
    doc.id,
    operation('addExercise', instantiateTemplate(doc, template, new Date().toISOString())),
  );
  const other = await services.createSession(ctx, { ...EVENT, name: 'Another event' });
  const status = await services.openRoom(ctx, doc.id, '127.0.0.1');
  opened = { services, status };
  return { services, status, sessionId: doc.id as SessionId, otherId: other.id, tableId: Object.keys(doc.tables)[0] };
}

/** A phone: a socket to the room that collects what the server says. */
async function phone(status: RoomStatus, origin = `http://127.0.0.1:${status.port}`) {
  const ws = new WebSocket(`ws://127.0.0.1:${status.port}/room`, { origin });
  const received: ServerMessage[] = [];
  ws.on('message', (data) => received.push(JSON.parse(String(data)) as ServerMessage));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
  });
  const next = async <T extends ServerMessage['type']>(type: T): Promise<Extract<ServerMessage, { type: T }>> => {
    for (let i = 0; i < 200; i++) {
      const index = received.findIndex((m) => m.type === type);
      if (index >= 0) return received.splice(index, 1)[0] as Extract<ServerMessage, { type: T }>;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ${type} message; got ${JSON.stringify(received)}`);
  };
  return { ws, received, next, send: (m: object) => ws.send(JSON.stringify(m)) };
}

function get(port: number, pathName: string, host = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathName, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the room', () => {
  it('serves the participant page and nothing else, at its own address only', async () => {
    const { status } = await openRoom();
    expect(status.joinCode).toMatch(/^\d{6}$/);
    expect(status.qrSvg).toMatch(/^<svg/);
    expect(await get(status.port, '/')).toBe(200);
    expect(await get(status.port, '/index.html')).toBe(404);
    expect(await get(status.port, '/api')).toBe(404);
    expect(await get(status.port, '/../package.json')).toBe(404);
    expect(await get(status.port, '/', 'evil.example:80')).toBe(421);
    await expect(phone(status, 'http://evil.example')).rejects.toThrow(/refused 403/);
  });

  it('takes a note once, on the right table’s board, even when the phone sends it twice or rejoins', async () => {
    const { services, status, sessionId, tableId } = await openRoom();
    const a = await phone(status);
    a.send({ type: 'join', code: status.joinCode });
    const joined = await a.next('joined');
    expect(joined.participant).toBe(501);
    a.send({ type: 'profile', tableId, staffGroup: 'nurse', sector: null });
    await a.next('view');
    const note = { type: 'addNote', clientNoteId: 'abc123def', text: 'Parking at the health centre', zoneId: null };
    a.send(note);
    a.send(note);
    await a.next('stored');
    await a.next('stored');
    a.ws.close();
    const again = await phone(status);
    again.send({ type: 'join', token: joined.token });
    expect((await again.next('joined')).participant).toBe(501);
    again.send(note);
    await again.next('stored');
    const doc = await services.openSession(ctx, sessionId);
    const stored = Object.values(doc.notes).filter((n) => n.text === 'Parking at the health centre');
    expect(stored).toHaveLength(1);
    expect(doc.boards[stored[0].boardId].tableId).toBe(tableId);
    expect(stored[0]).toMatchObject({ staffGroup: 'nurse', kind: 'participant' });
    expect((await services.getRoomStatus())!.participants).toEqual([
      { number: 501, tableName: 'Table 1', connected: true, notes: 1 },
    ]);
  });

  it('refuses wrong codes, then makes the guesser wait', async () => {
    const { status } = await openRoom();
    const guesser = await phone(status);
    const wrong = status.joinCode === '000000' ? '000001' : '000000';
    for (let i = 0; i < 6; i++) {
      guesser.send({ type: 'join', code: wrong });
      expect((await guesser.next('error')).message).toMatch(/not the join code/);
    }
    guesser.send({ type: 'join', code: status.joinCode });
    expect((await guesser.next('error')).message).toMatch(
      /Too many wrong codes from this device\. Try again in \d+ seconds/,
    );
  });

  it('counts dots only while voting is open, within the limits, and never shows others’ dots', async () => {
    const { services, status, sessionId, tableId } = await openRoom();
    const a = await phone(status);
    a.send({ type: 'join', code: status.joinCode });
    await a.next('joined');
    a.send({ type: 'profile', tableId, staffGroup: null, sector: null });
    a.send({ type: 'addNote', clientNoteId: 'note-one', text: 'Lone working', zoneId: null });
    await a.next('stored');
    const doc = await services.openSession(ctx, sessionId);
    const noteId = Object.values(doc.notes).find((n) => n.text === 'Lone working')!.id;
    a.send({ type: 'dot', noteId, add: true });
    expect((await a.next('error')).message).toMatch(/Voting is not open/);
    const boardId = Object.values(doc.boards).find((b) => b.tableId === tableId)!.id;
    await services.applyOperation(ctx, sessionId, operation('setBoardState', { boardId, changes: { voting: 'open' } }));
    for (let i = 0; i < 4; i++) a.send({ type: 'dot', noteId, add: true });
    expect((await a.next('error')).message).toMatch(/You have used all 3 dots|At most 1 dots? from one person/);
    const votes = Object.values((await services.openSession(ctx, sessionId)).votes).filter(
      (v) => v.participant === 501,
    );
    expect(votes.length).toBeGreaterThan(0);
    expect(votes.length).toBeLessThanOrEqual(3);
  });

  it('refuses bad, oversized and too many messages without falling over, and reaches no other session', async () => {
    const { status, otherId } = await openRoom();
    const a = await phone(status);
    a.send({ type: 'join', code: status.joinCode });
    await a.next('joined');
    a.send({ type: 'openSession', id: otherId });
    expect((await a.next('error')).message).toMatch(/not understood/);
    a.send({ type: 'profile', tableId: 'table:nope', staffGroup: null, sector: null });
    expect((await a.next('error')).message).toMatch(/no longer in this session/);
    for (let i = 0; i < 40; i++) a.send({ type: 'dot', noteId: 'note:x', add: true });
    await expect
      .poll(() => a.received.some((m) => m.type === 'error' && /Too many messages/.test(m.message)))
      .toBe(true);
    const closed = new Promise<number>((resolve) => a.ws.once('close', (code) => resolve(code)));
    a.ws.send('x'.repeat(20_000));
    expect(await closed).toBe(1009);
    // The room still answers others.
    const b = await phone(status);
    b.send({ type: 'join', code: status.joinCode });
    expect((await b.next('joined')).participant).toBe(502);
  });

  it('removes a participant (their token stops working) and closes at once, freeing the port', async () => {
    const { services, status } = await openRoom();
    const a = await phone(status);
    a.send({ type: 'join', code: status.joinCode });
    const { token } = await a.next('joined');
    await services.removeRoomParticipant(ctx, 501);
    expect((await a.next('closed')).message).toMatch(/removed you/);
    const back = await phone(status);
    back.send({ type: 'join', token });
    expect((await back.next('error')).message).toMatch(/place in the room has ended/);
    await services.closeRoom();
    expect(await services.getRoomStatus()).toBeNull();
    await expect(get(status.port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('moderation', () => {
  it('hides a note from every phone but its author’s, and refuses dots on it; it stays on the board', async () => {
    const { services, status, sessionId, tableId } = await openRoom();
    const [a, b] = [await phone(status), await phone(status)];
    for (const p of [a, b]) {
      p.send({ type: 'join', code: status.joinCode });
      await p.next('joined');
      p.send({ type: 'profile', tableId, staffGroup: null, sector: null });
      await p.next('view');
    }
    a.send({ type: 'addNote', clientNoteId: 'rude-note', text: 'Something unkind', zoneId: null });
    await a.next('stored');
    const noteId = Object.values((await services.openSession(ctx, sessionId)).notes).find(
      (n) => n.text === 'Something unkind',
    )!.id;
    const lastView = async (p: Awaited<ReturnType<typeof phone>>) => {
      await new Promise((r) => setTimeout(r, 250));
      const views = p.received.filter((m) => m.type === 'view');
      return views[views.length - 1] as Extract<ServerMessage, { type: 'view' }>;
    };
    expect((await lastView(b)).view.notes.map((n) => n.text)).toContain('Something unkind');
    await services.setRoomNotesHidden(ctx, [noteId], true);
    expect((await lastView(b)).view.notes.map((n) => n.text)).not.toContain('Something unkind');
    expect((await lastView(a)).view.notes.map((n) => n.text)).toContain('Something unkind');
    b.send({ type: 'dot', noteId, add: true });
    expect((await b.next('error')).message).toMatch(/not open for votes/);
    expect((await services.openSession(ctx, sessionId)).notes[noteId]).toBeDefined();
    expect((await services.getRoomStatus())!.hiddenNotes).toBe(1);
  });
});
