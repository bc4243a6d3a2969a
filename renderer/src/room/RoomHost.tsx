import { useEffect } from 'react';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { OpenRoomDialog } from './OpenRoomDialog';
import { OtherRoomDialog } from './OtherRoomDialog';
import { RoomDock } from './RoomDock';
import { RoomProjector } from './RoomProjector';
import { room, useRoomState } from './roomStore';
import './room.css';

/** The room's dialogs, its panel docked beside the board and its projector view; keeps the room's status fresh. */
export function RoomHost() {
  const workbench = useWorkbench();
  const { status, dialog, docked, projector } = useRoomState();
  const selected = useWorkbenchState((s) => s.selectedSessionId);
  const sessions = useWorkbenchState((s) => s.sessions);
  useEffect(() => room.watch(workbench.api), [workbench]);
  const close = () => room.show(null);
  const name = sessions?.find((s) => s.id === selected)?.eventName ?? 'this session';
  return (
    <>
      {status && docked && <RoomDock api={workbench.api} status={status} />}
      {status && projector && <RoomProjector status={status} />}
      {dialog === 'open' && selected && (
        <OpenRoomDialog api={workbench.api} sessionId={selected} sessionName={name} onClose={close} />
      )}
      {dialog === 'other-room' && status && (
        <OtherRoomDialog api={workbench.api} status={status} sessionName={name} onClose={close} />
      )}
    </>
  );
}
