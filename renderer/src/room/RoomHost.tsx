import { useEffect } from 'react';
import { useWorkbench } from '../hooks/workbenchContext';
import { RoomDock } from './RoomDock';
import { RoomProjector } from './RoomProjector';
import { room, useRoomState } from './roomStore';
import './room.css';

/** The room's panel docked beside the board and its projector view; keeps the room's status fresh. Its dialogs are in roomDialogs.tsx. */
export function RoomHost() {
  const workbench = useWorkbench();
  const { status, docked, projector } = useRoomState();
  useEffect(() => room.watch(workbench.api), [workbench]);
  return (
    <>
      {status && docked && <RoomDock api={workbench.api} status={status} />}
      {status && projector && <RoomProjector status={status} />}
    </>
  );
}
