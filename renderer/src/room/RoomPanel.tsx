import type { RoundtableApi } from '../../../shared/api/contract';
import type { RoomStatus } from '../../../shared/room/protocol';
import { ModalDialog } from '../ui/ModalDialog';
import { room } from './roomStore';

/** The room's QR code, address and join code, large enough to read across a room. */
export function RoomJoinInfo({ status }: { status: RoomStatus }) {
  return (
    <div className="room-join">
      <img
        className="room-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`}
        alt={`QR code for ${status.url}`}
      />
      <div>
        <p className="room-address">{status.url.replace(/\/$/, '')}</p>
        <p className="room-code" aria-label={`Join code ${status.joinCode.split('').join(' ')}`}>
          {status.joinCode.slice(0, 3)} {status.joinCode.slice(3)}
        </p>
      </div>
    </div>
  );
}

/** The open room: how to join, who is in it, and the facilitator's controls. */
export function RoomPanel({ api, status, onClose }: { api: RoundtableApi; status: RoomStatus; onClose(): void }) {
  return (
    <ModalDialog title="Room" subtitle={`Open on ${status.interfaceName}`} onClose={onClose} className="room-dialog">
      <RoomJoinInfo status={status} />
      <h3>Participants ({status.participants.length})</h3>
      {status.hiddenNotes > 0 && (
        <p className="modal-text">
          {status.hiddenNotes} note{status.hiddenNotes === 1 ? ' is' : 's are'} hidden from the phones (Facilitate ›
          Show selected notes on the phones again).
        </p>
      )}
      {status.participants.length === 0 ? (
        <p className="modal-text">No one has joined yet.</p>
      ) : (
        <ul className="room-participants">
          {status.participants.map((p) => (
            <li key={p.number}>
              Participant {p.number} · {p.tableName ?? 'no table yet'} · {p.notes} note{p.notes === 1 ? '' : 's'} ·{' '}
              {p.connected ? 'connected' : 'away'}
              <button
                type="button"
                className="button"
                aria-label={`Remove participant ${p.number}`}
                onClick={() => void api.removeRoomParticipant(p.number)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-pressed={status.paused}
          onClick={() => void api.setRoomPaused(!status.paused)}
        >
          {status.paused ? 'Resume input' : 'Pause input'}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            void api.closeRoom().then(() => room.set(null));
            onClose();
          }}
        >
          Close room
        </button>
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
