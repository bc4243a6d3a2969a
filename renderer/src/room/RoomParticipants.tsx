import type { RoundtableApi } from '../../../shared/api/contract';
import type { NoteId, SessionId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import type { RoomStatus } from '../../../shared/room/protocol';
import { roomNoteAuthor } from '../../../shared/room/participantView';
import { announce } from '../a11y/announcer';
import { useWorkbench } from '../hooks/workbenchContext';

/** Who is in the room, by number: table, notes, connected or away; remove their notes, or them. */
export function RoomParticipants({
  api,
  status,
  onProblem,
}: {
  api: RoundtableApi;
  status: RoomStatus;
  onProblem(message: string | null): void;
}) {
  const workbench = useWorkbench();
  const connected = status.participants.filter((p) => p.connected).length;

  /** Deletes every note participant `number` added, as one undoable step in this window when the session is open here. */
  async function removeNotes(number: number) {
    const sessionId = status.sessionId as SessionId;
    const session = workbench.getState().openSessions.get(sessionId);
    const doc = session ? session.getView().doc : await api.openSession(sessionId);
    const noteIds = Object.keys(doc.notes).filter((id) => roomNoteAuthor(id) === number) as NoteId[];
    if (noteIds.length === 0) return announce(`Participant ${number} has no notes on the boards.`);
    const op = operation('deleteNotes', { noteIds });
    if (session) {
      if (!session.apply(op)) return onProblem(session.getView().problem ?? 'Their notes could not be removed.');
    } else await api.applyOperation(sessionId, op);
    onProblem(null);
    announce(
      `${noteIds.length} note${noteIds.length === 1 ? '' : 's'} of participant ${number} removed from the boards.${session ? ' Undo brings them back.' : ''}`,
    );
  }

  return (
    <section aria-labelledby="room-people-title">
      <h3 id="room-people-title">
        Participants ({status.participants.length}, {connected} connected)
      </h3>
      {status.participants.length === 0 ? (
        <p className="room-dock-note">No one has joined yet.</p>
      ) : (
        <ul className="room-list room-participants">
          {status.participants.map((p) => (
            <li key={p.number}>
              <span>
                Participant {p.number} · {p.tableName ?? 'no table yet'} · {p.notes} note{p.notes === 1 ? '' : 's'} ·{' '}
                <span className={p.connected ? 'room-connected' : 'room-away'}>
                  {p.connected ? 'connected' : 'away'}
                </span>
              </span>
              <span className="room-row-actions">
                <button
                  type="button"
                  className="button"
                  aria-label={`Remove notes of participant ${p.number}`}
                  disabled={p.notes === 0}
                  onClick={() => void removeNotes(p.number).catch((error: Error) => onProblem(error.message))}
                >
                  Remove notes
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={`Remove participant ${p.number} from the room`}
                  onClick={() =>
                    void api.removeRoomParticipant(p.number).then(
                      () => announce(`Participant ${p.number} removed from the room. Their notes stay.`),
                      (error: Error) => onProblem(error.message),
                    )
                  }
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
