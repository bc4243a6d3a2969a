import { useSyncExternalStore } from 'react';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { RoomStatus } from '../../../shared/room/protocol';

// The room as this window knows it (kept fresh from the services' roomChanged events), and
// which room dialog is showing.

export type RoomDialog = 'open' | 'panel' | null;
interface RoomState {
  status: RoomStatus | null;
  dialog: RoomDialog;
}

let state: RoomState = { status: null, dialog: null };
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
  /** Starts following the room's status (once per window). */
  watch(api: RoundtableApi): void {
    if (watching === api) return;
    watching = api;
    const refresh = () =>
      void api.getRoomStatus().then(
        (status) => update({ status }),
        () => undefined,
      );
    api.onEvent((event) => {
      if (event.type === 'roomChanged') refresh();
    });
    refresh();
  },
  show: (dialog: RoomDialog) => update({ dialog }),
  set: (status: RoomStatus | null) => update({ status }),
  get: () => state,
};
