import { useEffect } from 'react';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { OpenRoomDialog } from './OpenRoomDialog';
import { RoomPanel } from './RoomPanel';
import { room, useRoomState } from './roomStore';
import './room.css';

/** Shows the room dialogs when a room command asked for them, and keeps the room's status fresh. */
export function RoomHost() {
  const workbench = useWorkbench();
  const { status, dialog } = useRoomState();
  const selected = useWorkbenchState((s) => s.selectedSessionId);
  const sessions = useWorkbenchState((s) => s.sessions);
  useEffect(() => room.watch(workbench.api), [workbench]);
  const close = () => room.show(null);
  if (dialog === 'panel' && status) return <RoomPanel api={workbench.api} status={status} onClose={close} />;
  if (dialog === 'open' && selected) {
    const name = sessions?.find((s) => s.id === selected)?.eventName ?? 'this session';
    return <OpenRoomDialog api={workbench.api} sessionId={selected} sessionName={name} onClose={close} />;
  }
  return null;
}
