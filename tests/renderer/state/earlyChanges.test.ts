import fc from 'fast-check';
import { beforeEach, expect, it, vi } from 'vitest';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import type { SessionDocument } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import { LIMITS } from '../../../shared/document/limits';
import { operation } from '../../../shared/operations/registry';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import type { OpenSession } from '../../../renderer/src/state/openSession';
import { tempFolder } from '../../helpers/tempFolder';
import { EVENT, servicesFor } from '../../helpers/services';
import { participantNote } from '../../helpers/sessions';

// The operations' schemas load after the first paint (renderer/src/state/operationChecks.ts).
// A change made before they have loaded must still show at once, so that the action after it
// sees it (N adds a note, and the editor opens on it), and is sent only once the schemas have
// checked it, in the order it was made. Each test loads the renderer's modules afresh, so
// each starts with the schemas not loaded.

let modules: {
  OpenSession: typeof OpenSession;
  checks: typeof import('../../../renderer/src/state/operationChecks');
};
/** The renderer's modules afresh: the schemas not loaded. */
async function freshModules() {
  vi.resetModules();
  modules = {
    OpenSession: (await import('../../../renderer/src/state/openSession')).OpenSession,
    checks: await import('../../../renderer/src/state/operationChecks'),
  };
  // The operations' behaviours load with the window's commands, before any change can be made (lateCode.ts).
  await (await import('../../../renderer/src/state/operationsLoading')).operations.load();
}
beforeEach(freshModules);

async function openedSession() {
  const services = await servicesFor(await tempFolder());
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, services, { clientId: 'renderer' });
  const api = createApiClient(clientEnd);
  const created = await api.createSession(EVENT);
  const template = (await api.listTemplates()).find((t) => t.id === 'h2c.d2.ex1')!;
  const exercise = instantiateTemplate(created, template, new Date().toISOString());
  await api.applyOperation(created.id, operation('addExercise', exercise));
  const doc = await api.openSession(created.id);
  const session = new modules.OpenSession(api, doc);
  api.onEvent((e) => session.receive(e));
  const sent = vi.spyOn(api, 'applyOperation');
  /** What the services hold once everything sent has been written. */
  const stored = async (): Promise<SessionDocument> => {
    await new Promise((r) => setTimeout(r, 20));
    await services.flushAll();
    return services.openSession({ clientId: 'check' }, created.id);
  };
  return { session, stored, sent, boardId: exercise.boards[0].id, before: doc };
}

/** Waits until the held changes have been checked and sent or made again. */
async function schemasLoaded() {
  await modules.checks.loadOperationChecks();
  await new Promise((r) => setTimeout(r, 0));
}

it('a note added before the schemas load is on the board at once, for the editor that opens on it, and is saved', async () => {
  const { session, stored, sent, boardId, before } = await openedSession();
  const note = participantNote(boardId, '');
  expect(modules.checks.operationChecks()).toBeNull();

  // What the board does for N: add the note, then read it back to open its editor.
  expect(session.apply(operation('addNotes', { notes: [note] }))).toBe(true);
  expect(session.getView().doc.notes[note.id]).toMatchObject({ id: note.id, text: '' });
  // What Enter on the open editor does: the text joins the note's undo step.
  expect(session.apply(operation('editNoteText', { noteId: note.id, text: 'Isolation' }), { joinPrevious: true })).toBe(
    true,
  );
  expect(session.getView().doc.notes[note.id]?.text).toBe('Isolation');
  expect(session.getView().undoLabel).toBe('Add notes');
  // Nothing is sent before the schemas have checked it.
  expect(sent).not.toHaveBeenCalled();
  expect(session.getView().saveStatus).toBe('saving');

  await schemasLoaded();
  expect(sent.mock.calls.map(([, op]) => op.name)).toEqual(['addNotes', 'editNoteText']);
  expect((await stored()).notes).toEqual(session.getView().doc.notes);
  expect(session.getView().doc.notes[note.id]?.text).toBe('Isolation');
  expect(session.getView().problem).toBeNull();
  session.undo();
  expect(session.getView().doc.notes[note.id]).toBeUndefined();
  expect((await stored()).notes).toEqual(before.notes);
});

it('a change the schemas refuse is taken back once they load, and the changes around it are kept in order', async () => {
  const { session, stored, boardId } = await openedSession();
  const first = participantNote(boardId, 'First');
  const second = participantNote(boardId, 'Second', 2400, 2000);
  const tooLong = 'x'.repeat(LIMITS.noteText + 1);

  session.apply(operation('addNotes', { notes: [first] }));
  // Applies to our copy (the operation itself has no length rule), but the schemas refuse it.
  expect(session.apply(operation('editNoteText', { noteId: first.id, text: tooLong }))).toBe(true);
  session.apply(operation('addNotes', { notes: [second] }));
  session.apply(operation('editNoteText', { noteId: second.id, text: 'Second, edited' }), { joinPrevious: true });
  expect(session.getView().doc.notes[first.id]?.text).toBe(tooLong);

  await schemasLoaded();
  const view = session.getView();
  expect(view.doc.notes[first.id]?.text).toBe('First');
  expect(view.doc.notes[second.id]?.text).toBe('Second, edited');
  expect(view.problem).toMatch(/cannot be made.*2000/);
  expect((await stored()).notes).toEqual(session.getView().doc.notes);
  // Two undo steps, as with the schemas there from the start: the refused edit is not one of them.
  session.undo();
  session.undo();
  expect(session.getView().doc.notes[first.id]).toBeUndefined();
  expect(session.getView().canUndo).toBe(false);
});

type Step = { kind: 'add'; text: string } | { kind: 'edit'; text: string } | { kind: 'undo' } | { kind: 'redo' };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), text: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('edit' as const),
    text: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('y'.repeat(LIMITS.noteText + 1))),
  }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('redo' as const) }),
);

/** Makes the steps on a session: adds place notes apart, edits change the last note added. */
function perform(session: OpenSession, boardId: BoardId, steps: Step[], ids: NoteId[]) {
  const added: NoteId[] = [];
  steps.forEach((s, i) => {
    if (s.kind === 'undo') return session.undo();
    if (s.kind === 'redo') return session.redo();
    if (s.kind === 'add') {
      const note = { ...participantNote(boardId, s.text, 2000 + 240 * i, 2000), id: ids[i] };
      if (session.apply(operation('addNotes', { notes: [note] }))) added.push(note.id);
      return;
    }
    const noteId = added[added.length - 1];
    if (noteId) session.apply(operation('editNoteText', { noteId, text: s.text }), { joinPrevious: i % 2 === 0 });
  });
}

/** The notes the steps added (the exercise's own prompts have other ids in each session), and undo and redo. */
const outcome = (session: OpenSession, doc: SessionDocument, ids: NoteId[]) => ({
  notes: Object.values(doc.notes)
    .filter((n) => ids.includes(n.id))
    .map((n) => `${n.id}:${n.text}:${n.x}`)
    .sort(),
  undo: session.getView().undoLabel,
  redo: session.getView().redoLabel,
});

it('any changes made before the schemas load end as they would had the schemas been there, and are saved so', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
      await freshModules();
      const ids = steps.map(() => participantNote('b' as BoardId, '').id);
      const early = await openedSession();
      perform(early.session, early.boardId, steps, ids);
      await schemasLoaded();

      const checked = await openedSession(); // The schemas are loaded now.
      perform(checked.session, checked.boardId, steps, ids);

      const expected = outcome(checked.session, checked.session.getView().doc, ids);
      expect(outcome(early.session, early.session.getView().doc, ids)).toEqual(expected);
      expect(outcome(early.session, await early.stored(), ids)).toEqual(expected);
    }),
    { numRuns: 12 },
  );
});
