import type { RoomStatus } from '../../../shared/room/protocol';

/** The room's QR code, address and join code, each labelled, large enough to read across a room. */
export function RoomJoinInfo({ status, compact = false }: { status: RoomStatus; compact?: boolean }) {
  const spaced = `${status.joinCode.slice(0, 3)} ${status.joinCode.slice(3)}`;
  return (
    <div className={compact ? 'room-join room-join-compact' : 'room-join'}>
      <img
        className="room-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(status.qrSvg)}`}
        alt={`QR code for ${status.url}`}
      />
      <dl className="room-join-facts">
        <dt>Address</dt>
        <dd className="room-address">{status.url.replace(/\/$/, '')}</dd>
        <dt>Join code</dt>
        <dd className="room-code" aria-label={status.joinCode.split('').join(' ')}>
          {spaced}
        </dd>
      </dl>
    </div>
  );
}
