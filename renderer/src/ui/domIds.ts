import type { BoardId } from '../../../shared/ids';

// Ids of elements that one part of the workbench moves focus to in another.

/** The list view's "New note" field, which "Add note" focuses when the list is showing. */
export const NEW_NOTE_FIELD_ID = 'list-new-note';
/** The sessions tree, which "Focus sessions explorer" moves to. */
export const SESSIONS_TREE_ID = 'sessions-tree';

/** The tab of an open board. */
export function tabDomId(boardId: BoardId): string {
  return `tab-${boardId.replace(':', '-')}`;
}
