import { describe, expect, it } from 'vitest';
import { operation } from '../../../shared/operations/registry';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { OpenSession } from '../../../renderer/src/state/openSession';
import { operations } from '../../../renderer/src/state/operationsLoading';
import { loadOperationChecks } from '../../../renderer/src/state/operationChecks';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, apiClientOf, servicesFor } from '../../helpers/services';
import { participantNote } from '../../helpers/sessions';

/** An OpenSession wired to the real services over an in-memory transport, as the renderer is. */
async function openBoard() {
  // As once the board is drawn: earlyChanges.test.ts and lateCode.test.ts cover changes made before they load.
  await Promise.all([loadOperationChecks(), operations.load()]);
  const services = await servicesFor(await tempFolder());
  const api = apiClientOf(services, 'renderer');
  const created = await api.createSession(EVENT);
  const session = new OpenSession(api, created);
  api.onEvent((e) => session.receive(e));
  const template = (await api.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
  const exercise = instantiateTemplate(created, template, new Date().toISOString());
  session.apply(operation('addExercise', exercise));
  const settled = async () => {
    await services.flushAll();
    await new Promise((r) => setTimeout(r, 10));
  };
  return { session, api, boardId: exercise.boards[0].id, services, settled, id: created.id };
}

const participantTexts = (s: OpenSession) =>
  Object.values(s.getView().doc.notes)
    .filter((n) => n.kind === 'participant')
    .map((n) => n.text);

describe('OpenSession (the renderer’s copy of a session)', () => {
  it('adding a note and typing its first text is one undo step', async () => {
    const { session, boardId } = await openBoard();
    const note = participantNote(boardId, '');
    session.apply(operation('addNotes', { notes: [note] }));
    session.apply(operation('editNoteText', { noteId: note.id, text: 'Isolation' }), { joinPrevious: true });
    expect(participantTexts(session)).toEqual(['Isolation']);
    expect(session.getView().undoLabel).toBe('Add notes');
    session.undo();
    expect(participantTexts(session)).toEqual([]);
    session.redo();
    expect(participantTexts(session)).toEqual(['Isolation']);
  });

  it('a retracted step leaves nothing to undo or redo', async () => {
    const { session, boardId } = await openBoard();
    session.undo(); // the exercise
    session.redo();
    const note = participantNote(boardId, '');
    session.apply(operation('addNotes', { notes: [note] }));
    session.retractLast();
    expect(participantTexts(session)).toEqual([]);
    expect(session.getView()).toMatchObject({ canRedo: false, undoLabel: 'Add exercise' });
  });

  it('refuses a change the services would refuse, says why, and changes nothing', async () => {
    const { session, boardId } = await openBoard();
    const revision = session.getView().doc.revision;
    const tooMany = Array.from({ length: 5_001 }, (_, i) => participantNote(boardId, `n${i}`));
    expect(session.apply(operation('addNotes', { notes: tooMany }))).toBe(false);
    expect(session.getView().problem).toMatch(/cannot be made.*notes/);
    expect(session.getView().doc.revision).toBe(revision);
  });

  it('ends in step with the services, whose file holds what the user sees', async () => {
    const { session, boardId, services, settled, id } = await openBoard();
    session.apply(operation('addNotes', { notes: [participantNote(boardId, 'A'), participantNote(boardId, 'B')] }));
    session.undo();
    session.redo();
    await settled();
    const stored = await services.openSession({ clientId: 'check' }, id);
    expect(stored.revision).toBe(session.getView().doc.revision);
    expect(stored.notes).toEqual(session.getView().doc.notes);
    expect(session.getView().saveStatus).toBe('saved');
  });

  it('an undo of several steps undoes all of them or none: a step that no longer applies changes nothing', async () => {
    const { session, api, boardId, services, settled, id } = await openBoard();
    const a = participantNote(boardId, 'A');
    const b = participantNote(boardId, 'B');
    session.apply(operation('addNotes', { notes: [a] }));
    session.apply(operation('addNotes', { notes: [b] }), { joinPrevious: true });
    await settled();
    // Another window deletes A: the step's undo (delete B, then delete A) can no longer apply in full.
    await api.applyOperation(id, operation('deleteNotes', { noteIds: [a.id] }));
    await settled();
    expect(participantTexts(session)).toEqual(['B']);
    session.undo();
    expect(participantTexts(session)).toEqual(['B']);
    expect(session.getView().problem).toMatch(/not in this session/);
    await settled();
    const stored = await services.openSession({ clientId: 'check' }, id);
    expect(
      Object.values(stored.notes)
        .filter((n) => n.kind === 'participant')
        .map((n) => n.text),
    ).toEqual(['B']);
  });

  it('takes in a change made in another window', async () => {
    const { session, api, boardId, settled, id } = await openBoard();
    await settled();
    await api.applyOperation(id, operation('addNotes', { notes: [participantNote(boardId, 'From the other window')] }));
    await settled();
    expect(participantTexts(session)).toEqual(['From the other window']);
  });

  it('takes in a burst of changes from elsewhere at once, but redraws for them a few times, not once each', async () => {
    const { session, api, boardId, settled, id } = await openBoard();
    await settled();
    let redraws = 0;
    session.subscribe(() => redraws++);
    for (let i = 0; i < 30; i++)
      await api.applyOperation(id, operation('addNotes', { notes: [participantNote(boardId, `From the room ${i}`)] }));
    await new Promise((r) => setTimeout(r, 250));
    expect(participantTexts(session)).toHaveLength(30);
    expect(redraws).toBeGreaterThan(0);
    expect(redraws).toBeLessThan(10);
  });

  it('a save error is cleared once a save succeeds: no stale error after the fault is gone', async () => {
    const { session, id } = await openBoard();
    const message = 'Could not save “Leeds community event”: the disk is full. Free some space.';
    session.receive({ type: 'saveStatus', sessionId: id, status: 'error', message });
    expect(session.getView()).toMatchObject({ saveStatus: 'error', problem: message });
    session.receive({ type: 'saveStatus', sessionId: id, status: 'saving', message: null });
    session.receive({ type: 'saveStatus', sessionId: id, status: 'saved', message: null });
    expect(session.getView()).toMatchObject({ saveStatus: 'saved', problem: null });
  });

  it('a read-only session refuses a change without an error of its own: the read-only state is shown up front', async () => {
    const { session: editable, api, boardId } = await openBoard();
    const session = new OpenSession(api, editable.getView().doc, 'It is open read-only.');
    expect(session.apply(operation('addNotes', { notes: [participantNote(boardId, 'x')] }))).toBe(false);
    expect(session.getView()).toMatchObject({ problem: null, readOnly: 'It is open read-only.' });
    expect(participantTexts(session)).toEqual([]);
  });
});
