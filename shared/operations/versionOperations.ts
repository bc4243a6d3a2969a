import { fail } from '../result';
import { defineOperation, ok } from './definition';

/**
 * Replaces the whole content of a session with an earlier version of it from the version
 * history. It is one undo step like any other: its inverse restores the content as it was
 * just before, so a mistaken restore is undone with Ctrl+Z.
 */
export const restoreVersion = defineOperation({ name: 'restoreVersion', describe: 'Restore an earlier version' }).as({
  apply(doc, { document }) {
    if (document.id !== doc.id)
      return fail('invalid-input', `That version belongs to another session (${document.id}), so it was not restored.`);
    return ok({ ...document, createdAt: doc.createdAt });
  },
  invert(before) {
    return { name: 'restoreVersion', args: { document: before, takenAt: before.updatedAt } };
  },
});
