import { useStore } from '../hooks/useStore';
import { createStore } from '../state/store';
import type { RoundtableApi } from '../../../shared/api/contract';
import type { RoomStatus } from '../../../shared/room/protocol';

// The room as this window knows it (kept fresh from the services' roomChanged events), and
// whether the room panel is docked beside the board and the projector view is up.

interface RoomState {
  status: RoomStatus | null;
  docked: boolean;
  projector: boolean;
}

const state = createStore<RoomState>({ status: null, docked: false, projector: false });
const update = state.update;
let watching: RoundtableApi | null = null;

export function useRoomState(): RoomState {
  return useStore(state);
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
  dock: (docked: boolean) => update({ docked }),
  project: (projector: boolean) => update({ projector }),
  set: (status: RoomStatus | null) => update(status ? { status } : { status, docked: false, projector: false }),
  get: state.get,
};
