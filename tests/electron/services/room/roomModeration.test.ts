import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../../electron/services/services';
import { ctx, openRoom, phone } from './roomPhones';

// Moderation: with "Hold notes for my approval" on, a phone's note waits in the room (its author
// sees it as waiting; no one else, no board, no projector) until the facilitator approves it onto
// the board or rejects it. Held notes are kept in the room's file, so they survive a restart.

let services: Services | null = null;
afterEach(async () => {
  await services?.closeRoom();
  await services?.flushAll();
  services = null;
});

describe('notes held for approval', () => {
  it('reach the board only once approved, and a rejected one never', async () => {
    const opened = await openRoom();
    services = opened.services;
    const { status, sessionId, tableId } = opened;
    await services.setRoomOptions(ctx, { moderation: true });
    const a = await phone(status);
    await a.joinAt(status.joinCode, tableId);
    a.send({ type: 'addNote', clientNoteId: 'held-one', text: 'Needs a look first', zoneId: null });
    a.send({ type: 'addNote', clientNoteId: 'held-two', text: 'Not for the board', zoneId: null });
    expect(await a.next('stored')).toMatchObject({ clientNoteId: 'held-one', held: true });
    expect((await a.next('saved')).clientNoteIds).toEqual(['held-one']);
    await a.next('stored');

    const notesOnBoard = async () =>
      Object.values((await services!.openSession(ctx, sessionId)).notes)
        .filter((n) => n.kind === 'participant')
        .map((n) => n.text);
    expect(await notesOnBoard()).toEqual([]);
    expect((await a.lastView())!.notes.filter((n) => n.held).map((n) => n.text)).toEqual([
      'Needs a look first',
      'Not for the board',
    ]);
    const held = (await services.getRoomStatus())!.held;
    expect(held.map((h) => [h.participant, h.tableName, h.text])).toEqual([
      [501, 'Table 1', 'Needs a look first'],
      [501, 'Table 1', 'Not for the board'],
    ]);

    // A resend of a held note is not held twice.
    a.send({ type: 'addNote', clientNoteId: 'held-one', text: 'Needs a look first', zoneId: null });
    await a.next('stored');
    expect((await services.getRoomStatus())!.held).toHaveLength(2);

    await services.reviewRoomNotes(ctx, [held[0].id], true);
    await services.reviewRoomNotes(ctx, [held[1].id], false);
    expect(await notesOnBoard()).toEqual(['Needs a look first']);
    expect((await services.getRoomStatus())!.held).toEqual([]);
    const view = (await a.lastView())!;
    expect(view.notes.map((n) => [n.text, n.held ?? false])).toEqual([['Needs a look first', false]]);
  });
});
