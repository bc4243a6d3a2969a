import type { Note } from '../../../shared/document/schema';
import { useSessionView } from '../hooks/workbenchContext';
import type { OpenSession } from '../state/openSession';
import { useRound } from './roundStore';
import { addDotOn } from './votingActions';

/**
 * In the list view, during a dot-voting round with voting open: "Add dot" on each of the
 * table's notes, for the participant whose turn it is (the same rules and limits as D on the
 * board). Nothing otherwise.
 */
export function ListDotButton({ session, note }: { session: OpenSession; note: Note }) {
  const round = useRound(note.boardId);
  const doc = useSessionView(session)!.doc;
  const board = doc.boards[note.boardId];
  const settings = board ? (doc.exercises[board.exerciseId]?.voting ?? null) : null;
  if (!round || board?.voting !== 'open' || !settings?.dots || note.kind !== 'participant') return null;
  const snippet = note.text.trim().slice(0, 60) || 'empty note';
  return (
    <button
      type="button"
      className="button list-add-dot"
      onClick={() => addDotOn(session, note.boardId, settings, note.id)}
    >
      Add dot<span className="visually-hidden"> to “{snippet}”</span>
    </button>
  );
}
