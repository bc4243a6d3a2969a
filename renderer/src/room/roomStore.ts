import { useSyncExternalStore } from 'react';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { RoomStatus } from '../../../shared/room/protocol';

// The room as this window knows it (kept fresh from the services' roomChanged events), which
// room dialog is showing, and whether the room panel is docked beside the board and the
// projector view is up.

export type RoomDialog = 'open' | 'other-room' | null;
interface RoomState {
  status: RoomStatus | null;
  dialog: RoomDialog;
  docked: boolean;
  projector: boolean;
}

let state: RoomState = { status: null, dialog: null, docked: false, projector: false };
const listeners = new Set<() => void>();
let watching: RoundtableApi | null = null;

function update(changes: Partial<RoomState>): void {
  state = { ...state, ...changes };
  listeners.forEach((l) => l());
}

export function useRoomState(): RoomState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => state,
  );
}

export const room = {
  /** Starts following the room's status (once per window); a room already open (reopened after a restart) shows its panel. */
  watch(api: RoundtableApi): void {
    if (watching === api) return;
    watching = api;
    let first = true;
    const refresh = () =>
      void api.getRoomStatus().then(
        (status) => {
          update(first && status ? { status, docked: true } : { status });
          first = false;
        },
        () => undefined,
      );
    api.onEvent((event) => {
      if (event.type === 'roomChanged') refresh();
    });
    refresh();
  },
  show: (dialog: RoomDialog) => update({ dialog }),
  dock: (docked: boolean) => update({ docked }),
  project: (projector: boolean) => update({ projector }),
  set: (status: RoomStatus | null) => update(status ? { status } : { status, docked: false, projector: false }),
  get: () => state,
};
