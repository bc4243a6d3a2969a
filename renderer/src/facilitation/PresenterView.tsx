import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { boardOwner } from '../../../shared/document/boards';
import { useCommands, useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { Clock } from './TimerControls';
import { PresenterBoard } from './PresenterBoard';
import { ReferenceDeck } from './ReferenceDeck';
import { promptToShow } from '../../../shared/layout/prompt';
import { RoomJoinInfo } from '../room/RoomJoinInfo';
import { useRoomState } from '../room/roomStore';
import '../room/room.css';
import './presenter.css';

/** Titles longer than this (in characters) are set smaller, so they take two or three lines, never more. */
const LONG_TITLE = 80;

/**
 * What the room sees on the projector: the facilitator's current board full screen, with
 * the exercise and its prompt in large type, the timer, and no editing chrome. It follows
 * the facilitator: moving to the next exercise or table shows that board.
 */
export function PresenterView() {
  const workbench = useWorkbench();
  const commands = useCommands();
  const root = useRef<HTMLDivElement>(null);
  const roomStatus = useRoomState().status;
  const tab = useWorkbenchState(() => workbench.activeTab());
  const session = useWorkbenchState((s) => (tab ? s.openSessions.get(tab.sessionId) : undefined));
  const view = useSessionView(session);
  // The reference deck: closed, or open at a page. It closes when the board changes.
  const [deck, setDeck] = useState<{ boardId: string; page: number } | null>(null);

  useEffect(() => {
    root.current?.focus();
    let entered = false;
    // Full screen where the platform allows it; leaving full screen (Esc) leaves presenter mode too.
    document.documentElement.requestFullscreen?.().then(
      () => (entered = true),
      () => undefined,
    );
    const onChange = () => {
      if (entered && !document.fullscreenElement) workbench.setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [workbench]);

  const board = tab && view ? view.doc.boards[tab.boardId] : undefined;
  const exercise = board ? view?.doc.exercises[board.exerciseId] : undefined;
  const references =
    board && view ? Object.values(view.doc.notes).filter((n) => n.boardId === board.id && n.kind === 'reference') : [];
  const deckOpen = deck !== null && deck.boardId === board?.id;

  function onKeyDown(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (deckOpen && ['Escape', 'r', 'R', 'PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft'].includes(event.key)) {
      event.preventDefault();
      const step = event.key === 'PageDown' || event.key === 'ArrowRight' ? 1 : -1;
      if (event.key === 'Escape' || event.key === 'r' || event.key === 'R') setDeck(null);
      else setDeck({ boardId: deck.boardId, page: Math.max(0, deck.page + step) });
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      workbench.setPresenting(false);
      return;
    }
    if ((event.key === 'r' || event.key === 'R') && board && references.length > 0) {
      event.preventDefault();
      setDeck({ boardId: board.id, page: 0 });
      return;
    }
    // Page keys and arrows move between exercises, T and Shift+T between tables: bindings `when: 'presenter'`.
    if (commands.runKey(event.nativeEvent, 'presenter')) {
      event.preventDefault();
      root.current?.focus();
    }
  }

  const prompt = exercise && promptToShow(exercise.title, exercise.prompt);
  return (
    <div ref={root} className="presenter" role="region" aria-label="Presenter mode" tabIndex={-1} onKeyDown={onKeyDown}>
      {view && board && exercise && session ? (
        <>
          <header className="presenter-header">
            <div className="presenter-heading">
              <h1
                className={`presenter-title${exercise.title.length > LONG_TITLE ? ' presenter-title--long' : ''}`}
                title={exercise.title}
              >
                {exercise.title}
              </h1>
              <p className="presenter-table">{boardOwner(view.doc, board)}</p>
            </div>
            <Clock doc={view.doc} exercise={exercise} className="presenter-clock" />
          </header>
          {prompt && <p className="presenter-prompt">{prompt}</p>}
          {/* The room watches; nothing here can be edited, focused or clicked. */}
          <div className="presenter-board">
            <PresenterBoard key={board.id} session={session} boardId={board.id} />
            {deckOpen && <ReferenceDeck cards={references} page={deck.page} />}
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
        {references.length > 0 && !deckOpen && (
          <span className="presenter-deck-strip">{references.length} reference cards · R shows them · </span>
        )}
        {deckOpen
          ? 'R or Esc closes the cards · Page Down next cards'
          : 'Esc leaves · Page Down next exercise · T next table · F8 starts or pauses the timer'}
      </p>
    </div>
  );
}
