import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../../electron/services/services';
import type { NoteId, SessionId } from '../../../../shared/ids';
import { operation } from '../../../../shared/operations/registry';
import { ctx, openRoom, phone, wrongCode } from './roomPhones';

// One person, one voice (issue 16, failures 1 to 3): a participant is one device token and one
// number for the whole session; a joined phone cannot join again; a table change is the
// facilitator's to allow and never brings fresh dots; wrong codes from some cannot lock out others.

let services: Services | null = null;
afterEach(async () => {
  await services?.closeRoom();
  await services?.flushAll();
  services = null;
});

async function room() {
  const opened = await openRoom();
  services = opened.services;
  return opened;
}

async function openVoting(s: Services, sessionId: SessionId) {
  const doc = await s.openSession(ctx, sessionId);
  for (const board of Object.values(doc.boards))
    await s.applyOperation(
      ctx,
      sessionId,
      operation('setBoardState', { boardId: board.id, changes: { voting: 'open' } }),
    );
}

describe('a participant is one number for the whole session', () => {
  it('never gives a number twice, even when the room is closed and opened again (failure 1)', async () => {
    const { services: s, status, sessionId, tableId } = await room();
    const first = await phone(status);
    expect((await first.joinAt(status.joinCode, tableId)).participant).toBe(501);
    first.send({ type: 'addNote', clientNoteId: 'first-note', text: 'Hidden thought', zoneId: null });
    await first.next('stored');
    const noteId = Object.keys((await s.openSession(ctx, sessionId)).notes).find((id) => id.includes('first-note'))!;
    await s.setRoomNotesHidden(ctx, [noteId as NoteId], true);
    await s.closeRoom();

    const again = await s.openRoom(ctx, sessionId, '127.0.0.1');
    const stranger = await phone(again);
    const joined = await stranger.joinAt(again.joinCode, tableId);
    expect(joined.participant).toBe(502);
    await openVoting(s, sessionId);
    const view = (await stranger.lastView())!;
    expect(view.notes.filter((n) => n.mine)).toEqual([]);
    expect(view.notes.map((n) => n.text)).not.toContain('Hidden thought');
    expect(view.dotsLeft).toBe(9);
  });

  it('gives a phone that kept its token the same number after the room was closed and opened again', async () => {
    const { services: s, status, sessionId, tableId } = await room();
    const a = await phone(status);
    const { token } = await a.joinAt(status.joinCode, tableId);
    await s.closeRoom();
    const again = await s.openRoom(ctx, sessionId, '127.0.0.1');
    const back = await phone(again);
    back.send({ type: 'join', token });
    expect((await back.next('joined')).participant).toBe(501);
  });

  it('does not let a joined phone join again for a fresh number and fresh dots (failure 3)', async () => {
    const { services: s, status, tableId } = await room();
    const a = await phone(status);
    await a.joinAt(status.joinCode, tableId);
    a.send({ type: 'join', code: status.joinCode });
    expect((await a.next('error')).message).toMatch(/already joined/);
    expect((await s.getRoomStatus())!.participants.map((p) => p.number)).toEqual([501]);
  });

  it('refuses a table change unless the facilitator allows it, and never gives fresh dots (failure 3)', async () => {
    const { services: s, status, sessionId, tableIds } = await room();
    const a = await phone(status);
    await a.joinAt(status.joinCode, tableIds[0]);
    a.send({ type: 'profile', tableId: tableIds[1], staffGroup: null, sector: null });
    expect((await a.next('error')).message).toMatch(/changing table is switched off/i);
    a.send({ type: 'addNote', clientNoteId: 'table-one', text: 'Still at table one', zoneId: null });
    await a.next('stored');
    let doc = await s.openSession(ctx, sessionId);
    const note = Object.values(doc.notes).find((n) => n.text === 'Still at table one')!;
    expect(doc.boards[note.boardId].tableId).toBe(tableIds[0]);

    await openVoting(s, sessionId);
    // Three dots in the first column at table one: the column's whole budget.
    for (let i = 0; i < 3; i++) a.send({ type: 'dot', noteId: note.id, add: true });
    await expect.poll(async () => (await a.lastView())?.dotsLeft).toBe(6);
    await s.setRoomOptions(ctx, { allowTableChange: true });
    a.send({ type: 'profile', tableId: tableIds[1], staffGroup: null, sector: null });
    await a.next('view');
    a.send({ type: 'addNote', clientNoteId: 'table-two', text: 'Now at table two', zoneId: null });
    await a.next('stored');
    doc = await s.openSession(ctx, sessionId);
    const second = Object.values(doc.notes).find((n) => n.text === 'Now at table two')!;
    expect(doc.boards[second.boardId].tableId).toBe(tableIds[1]);
    // The budget came along: the first column's three dots are spent at this table too.
    expect((await a.lastView())!.dotsLeft).toBe(6);
    a.send({ type: 'dot', noteId: second.id, add: true });
    expect((await a.next('error')).message).toMatch(/used all 3 dots in this column/);
    // The dots stay on the board they were given at.
    doc = await s.openSession(ctx, sessionId);
    expect(Object.values(doc.votes).filter((v) => v.participant === 501 && v.boardId === note.boardId)).toHaveLength(3);
  });
});

describe('wrong codes', () => {
  it('from ten addresses do not lock out a phone on an untouched address (failure 2)', async () => {
    const { status } = await room();
    for (let a = 2; a < 12; a++) {
      const guesser = await phone(status, { from: `127.0.0.${a}` });
      for (let i = 0; i < 5; i++) {
        guesser.send({ type: 'join', code: wrongCode(status) });
        await guesser.next('error');
      }
      guesser.ws.close();
    }
    const legitimate = await phone(status, { from: '127.0.0.20' });
    legitimate.send({ type: 'join', code: status.joinCode });
    expect((await legitimate.next('joined')).participant).toBe(501);
  });

  it('make the facilitator see that someone is guessing, and a new join code shuts them out', async () => {
    const { services: s, status, tableId } = await room();
    const member = await phone(status);
    await member.joinAt(status.joinCode, tableId);
    expect((await s.getRoomStatus())!.guessing).toBeNull();
    for (let a = 2; a < 6; a++) {
      const guesser = await phone(status, { from: `127.0.0.${a}` });
      for (let i = 0; i < 4; i++) {
        guesser.send({ type: 'join', code: wrongCode(status) });
        await guesser.next('error');
      }
    }
    const alerted = (await s.getRoomStatus())!;
    expect(alerted.guessing).toMatchObject({ wrongCodes: 16, addresses: 4 });

    const rotated = await s.newRoomJoinCode();
    expect(rotated.joinCode).toMatch(/^\d{6}$/);
    expect(rotated.joinCode).not.toBe(status.joinCode);
    expect(rotated.guessing).toBeNull();
    const late = await phone(status, { from: '127.0.0.30' });
    late.send({ type: 'join', code: status.joinCode });
    expect((await late.next('error')).message).toMatch(/not the join code/);
    late.send({ type: 'join', code: rotated.joinCode });
    expect((await late.next('joined')).participant).toBe(502);
    // Phones already in the room carry on.
    member.send({ type: 'addNote', clientNoteId: 'after-rotation', text: 'Still here', zoneId: null });
    await member.next('stored');
  });
});

describe('hidden notes', () => {
  it('reach no one but their author, at voting time too', async () => {
    const { services: s, status, sessionId, tableId } = await room();
    const [a, b] = [await phone(status), await phone(status)];
    await a.joinAt(status.joinCode, tableId);
    await b.joinAt(status.joinCode, tableId);
    a.send({ type: 'addNote', clientNoteId: 'unkind-one', text: 'Something unkind', zoneId: null });
    await a.next('stored');
    const noteId = Object.values((await s.openSession(ctx, sessionId)).notes).find(
      (n) => n.text === 'Something unkind',
    )!.id;
    await s.setRoomNotesHidden(ctx, [noteId], true);
    await openVoting(s, sessionId);
    expect((await b.lastView())!.notes.map((n) => n.text)).not.toContain('Something unkind');
    expect(JSON.stringify(b.received)).not.toContain('Something unkind');
    expect((await a.lastView())!.notes.map((n) => n.text)).toContain('Something unkind');
  });
});
