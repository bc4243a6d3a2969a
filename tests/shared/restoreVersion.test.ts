import { describe, expect, it } from 'vitest';
import { applyOperation, invertOperation, operation } from '../../shared/operations/registry';
import { OperationSchema } from '../../shared/operations/operationSchemas';
import { createSessionDocument } from '../../shared/document/create';
import { NOW, participantNote, sessionWithExercise } from '../helpers/sessions';

const LATER = '2025-03-04T11:00:00.000Z';

describe('restoreVersion', () => {
  it('replaces the content with the earlier version, and its inverse brings the replaced content back', () => {
    const { doc: earlier, boardId } = sessionWithExercise();
    const added = applyOperation(
      earlier,
      operation('addNotes', { notes: [participantNote(boardId, 'Added after')] }),
      LATER,
    );
    if (!added.ok) throw new Error(added.error.message);
    const current = added.value;

    const restore = operation('restoreVersion', { document: earlier, takenAt: NOW });
    expect(OperationSchema.safeParse(restore).success).toBe(true);
    const restored = applyOperation(current, restore, LATER);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.notes).toEqual(earlier.notes);
    expect(restored.value.revision).toBe(current.revision + 1); // clients stay in step: revisions only grow
    expect(restored.value.createdAt).toBe(current.createdAt);

    const undone = applyOperation(restored.value, invertOperation(current, restore), LATER);
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value.notes).toEqual(current.notes);
  });

  it('refuses a version of another session', () => {
    const { doc } = sessionWithExercise();
    const other = createSessionDocument({ name: 'Other', date: '', location: '', facilitator: '', shift: null }, NOW);
    const result = applyOperation(doc, operation('restoreVersion', { document: other, takenAt: NOW }), LATER);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/belongs to another session/) },
    });
  });
});
