import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../../electron/services/services';
import { operation } from '../../../../shared/operations/registry';
import type { ServerMessage } from '../../../../shared/room/protocol';
import { ctx, get, openRoom as openTestRoom, phone } from './roomPhones';

// The room server as phones meet it, over real sockets on 127.0.0.1, against the real services
// on a real data folder: joining, notes, votes, and everything it must refuse.

let opened: { services: Services } | null = null;

afterEach(async () => {
  await opened?.services.closeRoom();
  await opened?.services.flushAll();
  opened = null;
});

async function openRoom() {
  const room = await openTestRoom();
  opened = room;
  return room;
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
    await expect(phone(status, { origin: 'http://evil.example' })).rejects.toThrow(/refused 403/);
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
    expect((await a.next('removed')).message).toMatch(/removed you/);
    const back = await phone(status);
    back.send({ type: 'join', token });
    expect((await back.next('removed')).message).toMatch(/removed you/);
    await services.closeRoom();
    expect(await services.getRoomStatus()).toBeNull();
    await expect(get(status.port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('hiding notes', () => {
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
    const boardId = Object.values((await services.openSession(ctx, sessionId)).boards).find(
      (board) => board.tableId === tableId,
    )!.id;
    await services.applyOperation(ctx, sessionId, operation('setBoardState', { boardId, changes: { voting: 'open' } }));
    const lastView = async (p: Awaited<ReturnType<typeof phone>>) =>
      ({ view: (await p.lastView())! }) as Extract<ServerMessage, { type: 'view' }>;
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
