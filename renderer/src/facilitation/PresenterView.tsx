import { useEffect, useRef, type KeyboardEvent } from 'react';
import { boardOwner } from '../../../shared/document/boards';
import { BoardCanvas } from '../board/BoardCanvas';
import { useCommands, useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { Clock } from './TimerControls';
import { RoomJoinInfo } from '../room/RoomJoinInfo';
import { useRoomState } from '../room/roomStore';
import '../room/room.css';

/** Keys presenter mode answers itself; F5, F8 and Alt+PageUp/PageDown are the workbench's own keybindings. */
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

  function onKeyDown(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      workbench.setPresenting(false);
      return;
    }
    // Page keys and arrows move between exercises, T and Shift+T between tables: bindings `when: 'presenter'`.
    if (commands.runKey(event.nativeEvent, 'presenter')) {
      event.preventDefault();
      root.current?.focus();
    }
  }

  const board = tab && view ? view.doc.boards[tab.boardId] : undefined;
  const exercise = board ? view?.doc.exercises[board.exerciseId] : undefined;
  return (
    <div ref={root} className="presenter" role="region" aria-label="Presenter mode" tabIndex={-1} onKeyDown={onKeyDown}>
      {view && board && exercise && session ? (
        <>
          <header className="presenter-header">
            <div className="presenter-heading">
              <h1 className="presenter-title">{exercise.title}</h1>
              <p className="presenter-table">{boardOwner(view.doc, board)}</p>
            </div>
            <Clock doc={view.doc} exercise={exercise} className="presenter-clock" />
          </header>
          {exercise.prompt && exercise.prompt !== exercise.title && (
            <p className="presenter-prompt">{exercise.prompt}</p>
          )}
          {/* The room watches; nothing here can be edited, focused or clicked. */}
          <div className="presenter-board" inert>
            <BoardCanvas key={board.id} session={session} boardId={board.id} active={false} />
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
        Esc leaves · Page Down next exercise · T next table · F8 starts or pauses the timer
      </p>
    </div>
  );
}
