import type { BoardId } from '../../../shared/ids';
import { tidyBoardMoves } from '../../../shared/layout/tidyBoard';
import { operation } from '../../../shared/operations/registry';
import { announce } from '../a11y/announcer';
import type { OpenSession } from '../state/openSession';
import { glidesOf } from '../board/noteGlide';

/** Tidy board: every zone laid out afresh, each group gathered, nobody's group changed; one undo step. */
export function tidyBoard(session: OpenSession, boardId: BoardId): void {
  const doc = session.getView().doc;
  const moves = tidyBoardMoves(doc, boardId);
  if (moves.length === 0) return announce('The board is already tidy: nothing to move.');
  if (!session.apply(operation('moveNotes', { moves })))
    return announce(session.getView().problem ?? 'The board could not be tidied.');
  glidesOf(session).start(doc, moves, performance.now());
  const groups = new Set(moves.map((m) => doc.notes[m.noteId]?.clusterId).filter(Boolean)).size;
  const notes = moves.length === 1 ? '1 note' : `${moves.length} notes`;
  announce(
    `Board tidied: ${notes} moved${groups ? `, ${groups === 1 ? '1 group' : `${groups} groups`} gathered` : ''}. Undo puts them back.`,
  );
}
