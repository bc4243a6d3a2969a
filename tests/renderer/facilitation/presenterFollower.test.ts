import { beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import { operation } from '../../../shared/operations/registry';
import { newTable } from '../../../shared/operations/tableOperations';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import type { BoardId } from '../../../shared/ids';
import { OpenSession } from '../../../renderer/src/state/openSession';
import { operations } from '../../../renderer/src/state/operationsLoading';
import { PresenterFollower, PRESENTER_READ_ONLY } from '../../../renderer/src/facilitation/presenterFollower';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../helpers/services';
import { participantNote } from '../../helpers/sessions';

/** The facilitator's window and a presenter window, each its own client of the real services. */
async function twoWindows() {
  const services = await servicesFor(await tempFolder());
  const client = (name: string) => {
    const [clientEnd, serverEnd] = createProtocolPair();
    serveApi(serverEnd, services, { clientId: name });
    return createApiClient(clientEnd);
  };
  const api = client('facilitator');
  const created = await api.createSession(EVENT);
  const facilitator = new OpenSession(api, created);
  api.onEvent((e) => facilitator.receive(e));
  const templates = await api.listTemplates();
  for (const id of ['h2c.d2.ex1', 'h2c.d1.ex1']) {
    const template = templates.find((t) => t.id === id)!;
    facilitator.apply(
      operation('addExercise', instantiateTemplate(facilitator.getView().doc, template, new Date().toISOString())),
    );
  }
  facilitator.apply(operation('addTable', newTable(facilitator.getView().doc, 'Table 2')));
  await services.flushAll();
  const doc = facilitator.getView().doc;
  const exercises = Object.values(doc.exercises).sort((a, b) => a.order - b.order);
  const tables = Object.values(doc.tables).sort((a, b) => a.order - b.order);
  expect(tables).toHaveLength(2);
  /** The board of the exercise and table, each counted from 1 in order. */
  const boardOf = (exercise: number, table: number) =>
    Object.values(doc.boards).find(
      (b) => b.exerciseId === exercises[exercise].id && b.tableId === tables[table - 1].id,
    )!.id;
  const follower = new PresenterFollower(client('presenter'), {
    sessionId: created.id,
    boardId: boardOf(0, 1),
    from: 'facilitator',
  });
  const stop = follower.start();
  const showing = async () => {
    await expect.poll(() => follower.store.get().state).toBe('showing');
    const state = follower.store.get();
    if (state.state !== 'showing') throw new Error('not showing');
    return state;
  };
  return { facilitator, follower, stop, showing, boardOf, exercises };
}

// The operations' behaviours load after the board's first paint, before any change can be made (lateCode.ts).
beforeAll(() => operations.load());

describe('the second presenter window follows the facilitator', () => {
  it('shows the board in its address, then every change made in the facilitator’s window, live', async () => {
    const { facilitator, showing, boardOf, stop } = await twoWindows();
    const first = await showing();
    expect(first.following.boardId).toBe(boardOf(0, 1));
    const note = participantNote(boardOf(0, 1), 'Shorter journeys for patients');
    facilitator.apply(operation('addNotes', { notes: [note] }));
    await expect.poll(async () => (await showing()).session.getView().doc.notes[note.id]?.text).toBe(note.text);
    stop();
  });

  it('moves with the room to the next exercise, for the same table, and to the board the facilitator’s window shows', async () => {
    const { facilitator, follower, showing, boardOf, exercises, stop } = await twoWindows();
    await showing();
    follower.facilitatorShows(facilitator.id, boardOf(0, 2));
    expect((await showing()).following.boardId).toBe(boardOf(0, 2));
    facilitator.apply(operation('setFacilitation', { changes: { currentExerciseId: exercises[1].id } }));
    await expect.poll(async () => (await showing()).following.boardId).toBe(boardOf(1, 2));
    // Another session's board, or one this copy does not have yet, changes nothing until it arrives.
    follower.facilitatorShows('session:other', boardOf(0, 1));
    follower.facilitatorShows(facilitator.id, 'board:notYetThere' as BoardId);
    expect((await showing()).following.boardId).toBe(boardOf(1, 2));
    stop();
  });

  it('is read only: a change made in it is refused, with the reason, and nothing is sent', async () => {
    const { facilitator, showing, boardOf, stop } = await twoWindows();
    const { session } = await showing();
    const before = session.getView().doc.revision;
    expect(
      session.apply(operation('addNotes', { notes: [participantNote(boardOf(0, 1), 'Typed on the projector')] })),
    ).toBe(false);
    expect(session.getView().readOnly).toBe(PRESENTER_READ_ONLY);
    expect(session.getView().doc.revision).toBe(before);
    expect(facilitator.getView().doc.revision).toBe(before);
    stop();
  });
});
