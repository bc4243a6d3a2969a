import { useState } from 'react';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { RoomStatus } from '../../../shared/room/protocol';
import { ModalDialog } from '../ui/ModalDialog';
import { room } from './roomStore';

/** Open room… while another session's room is open: one room at a time, so say whose it is and let the facilitator choose. */
export function OtherRoomDialog({
  api,
  status,
  sessionName,
  onClose,
  onOpenHere,
}: {
  api: RoundtableApi;
  status: RoomStatus;
  sessionName: string;
  onClose(): void;
  /** The other room is closed: go on to open one for this session. */
  onOpenHere(): void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <ModalDialog title="Another session’s room is open" onClose={onClose}>
      <p className="modal-text">
        The room of “{status.sessionName}” is open, with {status.participants.length} participant
        {status.participants.length === 1 ? '' : 's'}. One room is open at a time. To open one for “{sessionName}”,
        close that room first: its phones are told it has closed.
      </p>
      {problem && (
        <p className="form-failure" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            room.dock(true);
            onClose();
          }}
        >
          Show that room
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() =>
            void api.closeRoom().then(
              () => {
                room.set(null);
                onOpenHere();
              },
              (error: Error) => setProblem(error.message),
            )
          }
        >
          Close it and open one for “{sessionName}”
        </button>
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
