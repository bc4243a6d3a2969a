import { expect, it } from 'vitest';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import { operation } from '../../../shared/operations/registry';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { OpenSession } from '../../../renderer/src/state/openSession';
import { loadOperationChecks, operationChecks } from '../../../renderer/src/state/operationChecks';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../helpers/services';
import { participantNote } from '../../helpers/sessions';

// The operations' schemas load after the first paint (renderer/src/state/operationChecks.ts).
// A change made before they have loaded is neither lost nor sent unchecked: it waits, is
// checked, and applies in the order it was made. This file's module state starts with the
// schemas not loaded, so it holds only this test.

it('changes made before the schemas load are checked and applied in order once they have', async () => {
  const services = await servicesFor(await tempFolder());
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, services, { clientId: 'renderer' });
  const api = createApiClient(clientEnd);
  const created = await api.createSession(EVENT);
  const session = new OpenSession(api, created);
  api.onEvent((e) => session.receive(e));
  const template = (await api.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
  const exercise = instantiateTemplate(created, template, new Date().toISOString());
  const boardId = exercise.boards[0].id;
  const note = participantNote(boardId, '');
  const tooMany = Array.from({ length: 5_001 }, (_, i) => participantNote(boardId, `n${i}`));

  expect(operationChecks()).toBeNull();
  expect(session.apply(operation('addExercise', exercise))).toBe(true);
  session.apply(operation('addNotes', { notes: [note] }));
  session.apply(operation('editNoteText', { noteId: note.id, text: 'Isolation' }), { joinPrevious: true });
  session.apply(operation('addNotes', { notes: tooMany }));
  // Nothing is applied or sent unchecked.
  expect(session.getView().doc.revision).toBe(created.revision);
  expect(session.getView().doc.exercises).toEqual({});

  await loadOperationChecks();
  await new Promise((r) => setTimeout(r, 0));
  const view = session.getView();
  expect(Object.keys(view.doc.exercises)).toEqual([exercise.exercise.id]);
  expect(view.doc.notes[note.id]?.text).toBe('Isolation');
  expect(Object.keys(view.doc.notes)).toHaveLength(Object.keys(created.notes).length + exercise.notes.length + 1);
  expect(view.problem).toMatch(/cannot be made.*notes/);
  expect(view.undoLabel).toBe('Add notes');

  await services.flushAll();
  await new Promise((r) => setTimeout(r, 10));
  const stored = await services.openSession({ clientId: 'check' }, created.id);
  expect(stored.notes).toEqual(session.getView().doc.notes);
  session.undo();
  expect(session.getView().doc.notes[note.id]).toBeUndefined();
});
