import type { Command } from '../commands/registry';
import type { Workbench } from '../state/workbench';
import { room } from './roomStore';

/** Open room… / Show room / Pause or resume input / Close room. */
export function roomCommands(workbench: Workbench): Command[] {
  const open = () => room.get().status !== null;
  return [
    {
      id: 'room.open',
      title: 'Open room…',
      category: 'Facilitate',
      enabled: () => workbench.getState().selectedSessionId !== null,
      run: () => room.show(open() ? 'panel' : 'open'),
    },
    { id: 'room.show', title: 'Show room (join code and participants)', category: 'Facilitate', enabled: open, run: () => room.show('panel') },
    {
      id: 'room.pause',
      title: 'Pause or resume room input',
      category: 'Facilitate',
      enabled: open,
      run: () => void workbench.api.setRoomPaused(!room.get().status!.paused),
    },
    {
      id: 'room.close',
      title: 'Close room',
      category: 'Facilitate',
      enabled: open,
      run: () => void workbench.api.closeRoom().then(() => room.set(null)),
    },
  ];
}
