import type { RoundtableApi } from '../../../shared/api/contract';
import type { RoomStatus } from '../../../shared/room/protocol';
import { announce } from '../a11y/announcer';

/** Notes waiting for the facilitator's approval: on no board and no projector until approved. */
export function HeldNotes({
  api,
  status,
  onProblem,
}: {
  api: RoundtableApi;
  status: RoomStatus;
  onProblem(message: string | null): void;
}) {
  const review = (ids: string[], approve: boolean) =>
    void api.reviewRoomNotes(ids, approve).then(
      () => {
        onProblem(null);
        announce(
          `${ids.length} note${ids.length === 1 ? '' : 's'} ${approve ? 'added to the boards' : 'not added; the phones no longer show them'}.`,
        );
      },
      (error: Error) => onProblem(error.message),
    );
  return (
    <section className="room-held" aria-labelledby="room-held-title">
      <h3 id="room-held-title">Waiting for approval ({status.held.length})</h3>
      {status.held.length === 0 ? (
        <p className="room-dock-note">New notes from the phones wait here before they reach the board.</p>
      ) : (
        <>
          <ul className="room-list">
            {status.held.map((h) => (
              <li key={h.id}>
                <span className="room-held-text">{h.text}</span>
                <span className="room-dock-note">
                  Participant {h.participant} · {h.tableName ?? 'no table'}
                </span>
                <span className="room-row-actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={`Approve: ${h.text}`}
                    onClick={() => review([h.id], true)}
                  >
                    Approve
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Reject: ${h.text}`}
                    onClick={() => review([h.id], false)}
                  >
                    Reject
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() =>
              review(
                status.held.map((h) => h.id),
                true,
              )
            }
          >
            Approve all
          </button>
        </>
      )}
    </section>
  );
}
