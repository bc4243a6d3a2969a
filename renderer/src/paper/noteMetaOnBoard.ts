import type { BoardFeature } from '../board/boardFeature';
import { useNoteMetaActions } from './useNoteMetaActions';

/** Quote, severity and details of the selected notes, for the Q, I and Alt+digit commands. */
export const noteMetaOnBoard: BoardFeature = {
  id: 'noteMeta',
  useBoard({ session, boardId, actions, announce }) {
    return { controller: useNoteMetaActions({ session, boardId, actions, announce }) };
  },
};
