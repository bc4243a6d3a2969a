import { useEffect, useState, type FormEvent } from 'react';
import { FormActions } from '../ui/FormActions';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { SessionId } from '../../../shared/ids';
import type { RoomInterface } from '../../../shared/room/protocol';
import { announce } from '../a11y/announcer';
import { ModalDialog } from '../ui/ModalDialog';
import { room } from './roomStore';

/** Open room: the facilitator picks the network the phones are on (none is chosen for them). */
export function OpenRoomDialog({
  api,
  sessionId,
  sessionName,
  onClose,
}: {
  api: RoundtableApi;
  sessionId: SessionId;
  sessionName: string;
  onClose(): void;
}) {
  const [interfaces, setInterfaces] = useState<RoomInterface[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.listRoomInterfaces().then(setInterfaces, (error: Error) => setProblem(error.message));
  }, [api]);

  async function open(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return setProblem('Choose the network the phones are on first.');
    setBusy(true);
    try {
      room.set(await api.openRoom(sessionId, chosen));
      announce('The room is open. The join code and address are in the room panel beside the board.');
      room.dock(true);
      onClose();
    } catch (error) {
      setBusy(false);
      setProblem((error as Error).message);
    }
  }

  return (
    <ModalDialog title="Open room" subtitle={sessionName} onClose={onClose} className="room-dialog">
      <p className="modal-text">
        Table groups join from their own phones, tablets or laptops on this computer’s network (a phone hotspot or a
        travel router will do; no internet is needed). Choose the network they are on. Only this session is reachable,
        and only with the join code.
      </p>
      {interfaces === null && !problem && <p className="modal-text">Looking for networks…</p>}
      <form onSubmit={(e) => void open(e)}>
        {interfaces && (
          <fieldset className="room-interfaces">
            <legend>Network</legend>
            {interfaces.map((i) => (
              <label key={i.address}>
                <input
                  type="radio"
                  name="room-interface"
                  value={i.address}
                  checked={chosen === i.address}
                  onChange={() => setChosen(i.address)}
                />{' '}
                {i.name} ({i.address})
              </label>
            ))}
          </fieldset>
        )}
        <FormActions failure={problem} submitLabel="Open room" submitDisabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
