import { boardOwner } from '../../../shared/document/boards';
import type { Board, Note, SessionDocument } from '../../../shared/document/schema';
import { promptToShow } from '../../../shared/layout/prompt';
import type { OpenSession } from '../state/openSession';
import { RoomJoinInfo } from '../room/RoomJoinInfo';
import { useRoomState } from '../room/roomStore';
import { Clock } from './TimerControls';
import { PresenterBoard } from './PresenterBoard';
import { ReferenceDeck } from './ReferenceDeck';
import '../room/room.css';
import './presenter.css';

/** Titles longer than this (in characters) are set smaller, so they take two or three lines, never more. */
const LONG_TITLE = 80;

const referencesByNotes = new WeakMap<SessionDocument['notes'], Map<string, Note[]>>();

/**
 * A board's reference cards, which presenter mode folds into a deck (R). Found once for each
 * version of the notes (presenter mode and its screen both ask, at every change to the board).
 */
export function referencesOf(doc: SessionDocument, board: Board | undefined): Note[] {
  if (!board) return [];
  let byBoard = referencesByNotes.get(doc.notes);
  if (!byBoard) referencesByNotes.set(doc.notes, (byBoard = new Map()));
  let found = byBoard.get(board.id);
  if (!found) {
    found = Object.values(doc.notes).filter((n) => n.boardId === board.id && n.kind === 'reference');
    byBoard.set(board.id, found);
  }
  return found;
}

/** The reference deck: closed (null), or open at a page of one board's cards. */
export type Deck = { boardId: string; page: number } | null;

/**
 * What a key does to the deck: R opens it (when the board has cards) and R or Esc closes it;
 * while it is open Page Down / Page Up (or the arrows) turn its pages. Undefined when the key
 * is not the deck's (the caller handles it).
 */
export function deckAfterKey(key: string, deck: Deck, boardId: string | undefined, cards: number): Deck | undefined {
  const open = deck !== null && deck.boardId === boardId;
  if (open) {
    if (key === 'Escape' || key === 'r' || key === 'R') return null;
    if (key === 'PageDown' || key === 'ArrowRight') return { ...deck, page: deck.page + 1 };
    if (key === 'PageUp' || key === 'ArrowLeft') return { ...deck, page: Math.max(0, deck.page - 1) };
    return undefined;
  }
  if ((key === 'r' || key === 'R') && boardId && cards > 0) return { boardId, page: 0 };
  return undefined;
}

interface PresenterScreenProps {
  session: OpenSession;
  doc: SessionDocument;
  board: Board | undefined;
  /** The reference deck's page while it is open, else null. */
  deckPage: number | null;
  /** The keys line at the foot: what the keys do here. */
  keys: string;
}

/**
 * What the room sees, in the facilitator's presenter mode and in the second presenter window
 * alike: the exercise title and its table, the timer, the prompt, the board laid out for the
 * screen (PresenterBoard), the reference deck when open, the room's join details, the keys.
 */
export function PresenterScreen({ session, doc, board, deckPage, keys }: PresenterScreenProps) {
  const roomStatus = useRoomState().status;
  const exercise = board ? doc.exercises[board.exerciseId] : undefined;
  const references = referencesOf(doc, board);
  const prompt = exercise && promptToShow(exercise.title, exercise.prompt);
  return (
    <>
      {board && exercise ? (
        <>
          <header className="presenter-header">
            <div className="presenter-heading">
              <h1
                className={`presenter-title${exercise.title.length > LONG_TITLE ? ' presenter-title--long' : ''}`}
                title={exercise.title}
              >
                {exercise.title}
              </h1>
              <p className="presenter-table">{boardOwner(doc, board)}</p>
            </div>
            <Clock doc={doc} exercise={exercise} className="presenter-clock" />
          </header>
          {prompt && <p className="presenter-prompt">{prompt}</p>}
          {/* The room watches; nothing here can be edited, focused or clicked. */}
          <div className="presenter-board">
            <PresenterBoard key={board.id} session={session} boardId={board.id} />
            {deckPage !== null && <ReferenceDeck cards={references} page={deckPage} />}
          </div>
        </>
      ) : (
        <p className="presenter-empty">Open a board to present it.</p>
      )}
      {roomStatus && (
        <aside className="presenter-room" aria-label="Join the room">
          <RoomJoinInfo status={roomStatus} />
        </aside>
      )}
      <p className="presenter-keys">
        {references.length > 0 && deckPage === null && (
          <span className="presenter-deck-strip">{references.length} reference cards · R shows them · </span>
        )}
        {deckPage !== null ? 'R or Esc closes the cards · Page Down next cards' : keys}
      </p>
    </>
  );
}
