import type { SessionId } from '../../../shared/ids';
import { dialogsOf, type DialogHostProps } from '../dialogs/dialogRegistry';
import { useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { OpenRoomDialog } from './OpenRoomDialog';
import { OtherRoomDialog } from './OtherRoomDialog';
import { useRoomState } from './roomStore';

declare module '../dialogs/dialogRegistry' {
  interface DialogRequests {
    /** Open room… for a session: the facilitator picks the network the phones are on. */
    openRoom: { kind: 'openRoom'; sessionId: SessionId };
    /** Open room… while another session's room is open. */
    otherRoom: { kind: 'otherRoom'; sessionId: SessionId };
  }
}

type RoomRequest = { kind: 'openRoom' | 'otherRoom'; sessionId: SessionId };

function RoomDialogHost({ dialog, onClose }: DialogHostProps<RoomRequest>) {
  const workbench = useWorkbench();
  const { status } = useRoomState();
  const sessions = useWorkbenchState((s) => s.sessions);
  const name = sessions?.find((s) => s.id === dialog.sessionId)?.eventName ?? 'this session';
  if (dialog.kind === 'openRoom')
    return <OpenRoomDialog api={workbench.api} sessionId={dialog.sessionId} sessionName={name} onClose={onClose} />;
  return status ? (
    <OtherRoomDialog
      api={workbench.api}
      status={status}
      sessionName={name}
      onClose={onClose}
      onOpenHere={() => workbench.showDialog({ kind: 'openRoom', sessionId: dialog.sessionId })}
    />
  ) : null;
}

export const ROOM_DIALOGS = dialogsOf(['openRoom', 'otherRoom'], RoomDialogHost);
