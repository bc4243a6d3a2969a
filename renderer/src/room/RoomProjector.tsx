import { useEffect, useMemo, useRef } from 'react';
import type { RoomStatus } from '../../../shared/room/protocol';
import type { SessionId } from '../../../shared/ids';
import { currentExercise } from '../../../shared/room/participantActions';
import { roomNoteAuthor } from '../../../shared/room/participantView';
import { useSessionView, useWorkbenchState } from '../hooks/workbenchContext';
import { RoomJoinInfo } from './RoomJoinInfo';
import { room } from './roomStore';

const SHOWN = 18;

/**
 * For the big screen: the notes arriving from the phones for the current exercise, newest
 * first, with the address, join code and QR code always on screen. Notes hidden from the phones
 * and notes waiting for approval are never shown here. Escape leaves.
 */
export function RoomProjector({ status }: { status: RoomStatus }) {
  const session = useWorkbenchState((s) => s.openSessions.get(status.sessionId as SessionId));
  const view = useSessionView(session);
  const doc = view?.doc ?? null;
  const leave = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    leave.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') room.project(false);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  const exercise = doc ? currentExercise(doc) : null;
  const notes = useMemo(() => {
    if (!doc || !exercise) return [];
    const hidden = new Set(status.hidden);
    return Object.values(doc.notes)
      .filter(
        (n) => roomNoteAuthor(n.id) !== null && !hidden.has(n.id) && doc.boards[n.boardId]?.exerciseId === exercise.id,
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, SHOWN)
      .map((n) => ({ ...n, table: doc.tables[doc.boards[n.boardId]?.tableId ?? ('' as never)]?.name ?? 'Room' }));
  }, [doc, exercise, status.hidden]);
  return (
    <div className="room-projector" role="region" aria-label="Room projector view">
      <header className="room-projector-header">
        <h1>{exercise?.title ?? status.sessionName}</h1>
        {exercise?.prompt && !exercise.title.includes(exercise.prompt.trim()) && <p>{exercise.prompt}</p>}
      </header>
      <section className="room-projector-notes" aria-live="polite" aria-label="Notes from the room, newest first">
        {notes.length === 0 ? (
          <p className="room-projector-empty">Notes from the phones appear here as they arrive.</p>
        ) : (
          <ol>
            {notes.map((n) => (
              <li key={n.id}>
                <span className="room-projector-text">{n.text}</span>
                <span className="room-projector-table">{n.table}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <aside className="room-projector-join" aria-label="Join the room">
        <RoomJoinInfo status={status} />
        <button ref={leave} type="button" className="button" onClick={() => room.project(false)}>
          Leave projector view (Esc)
        </button>
      </aside>
    </div>
  );
}
