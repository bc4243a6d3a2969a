import { useEffect, useState } from 'react';
import { X } from 'lucide-react';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { RoomStatus } from '../../../shared/room/protocol';
import { announce } from '../a11y/announcer';
import { IconButton } from '../ui/IconButton';
import { HeldNotes } from './HeldNotes';
import { RoomJoinInfo } from './RoomJoinInfo';
import { RoomParticipants } from './RoomParticipants';
import { room } from './roomStore';

/**
 * The live room beside the board (not over it): how to join, someone guessing the code, the
 * facilitator's choices, notes waiting for approval, and who is in the room.
 */
export function RoomDock({ api, status }: { api: RoundtableApi; status: RoomStatus }) {
  const [problem, setProblem] = useState<string | null>(null);
  // Shown as chosen at once; the room's status confirms it a moment later.
  const [options, setOptions] = useState({ allowTableChange: status.allowTableChange, moderation: status.moderation });
  useEffect(
    () => setOptions({ allowTableChange: status.allowTableChange, moderation: status.moderation }),
    [status.allowTableChange, status.moderation],
  );
  const choose = (change: Partial<typeof options>) => {
    setOptions((o) => ({ ...o, ...change }));
    act(api.setRoomOptions(change));
  };
  const act = (what: Promise<unknown>, done?: string) =>
    void what.then(
      () => {
        setProblem(null);
        if (done) announce(done);
      },
      (error: Error) => setProblem(error.message),
    );
  return (
    <aside className="room-dock" aria-labelledby="room-dock-title">
      <header className="room-dock-header">
        <h2 id="room-dock-title">Room</h2>
        <span className="room-dock-session">{status.sessionName}</span>
        <IconButton label="Hide the room panel (the room stays open)" icon={X} onClick={() => room.dock(false)} />
      </header>
      <RoomJoinInfo status={status} compact />
      <p className="room-dock-network">Open on {status.interfaceName}</p>
      {status.guessing && (
        <p className="room-alert" role="alert">
          Someone may be guessing the join code: {status.guessing.wrongCodes} wrong codes from{' '}
          {status.guessing.addresses} device{status.guessing.addresses === 1 ? '' : 's'} in the last few minutes. Give
          the room a new join code; phones already in the room carry on.
        </p>
      )}
      {problem && (
        <p className="room-alert" role="alert">
          {problem}
        </p>
      )}
      <div className="room-dock-actions">
        <button
          type="button"
          className="button"
          onClick={() => act(api.newRoomJoinCode(), 'The room has a new join code. The old one no longer works.')}
        >
          New join code
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={status.paused}
          onClick={() => act(api.setRoomPaused(!status.paused), status.paused ? 'Input resumed.' : 'Input paused.')}
        >
          {status.paused ? 'Resume input' : 'Pause input'}
        </button>
        <button type="button" className="button" onClick={() => room.project(true)}>
          Projector view
        </button>
      </div>
      <fieldset className="room-options">
        <legend>In this room</legend>
        <label>
          <input
            type="checkbox"
            checked={options.allowTableChange}
            onChange={(e) => choose({ allowTableChange: e.target.checked })}
          />{' '}
          Phones may change table
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.moderation}
            onChange={(e) => choose({ moderation: e.target.checked })}
          />{' '}
          Hold notes for my approval
        </label>
      </fieldset>
      {(status.moderation || status.held.length > 0) && <HeldNotes api={api} status={status} onProblem={setProblem} />}
      {status.hiddenNotes > 0 && (
        <p className="room-dock-note">
          {status.hiddenNotes} note{status.hiddenNotes === 1 ? ' is' : 's are'} hidden from the phones (Facilitate ›
          Show selected notes on the phones again).
        </p>
      )}
      <RoomParticipants api={api} status={status} onProblem={setProblem} />
      <button
        type="button"
        className="button button-danger room-close"
        onClick={() =>
          act(
            api.closeRoom().then(() => room.set(null)),
            'The room is closed. The phones were told.',
          )
        }
      >
        Close room
      </button>
    </aside>
  );
}
