import type { Command } from '../commands/registry';
import type { Workbench } from '../state/workbench';
import { room } from './roomStore';
import { activeBoard } from '../state/boardController';
import { announce } from '../a11y/announcer';

/** Open room… / Show room / Pause or resume input / Close room. */
export function roomCommands(workbench: Workbench): Command[] {
  const open = () => room.get().status !== null;
  const hide = async (hidden: boolean) => {
    const notes = activeBoard()?.getSelection() ?? [];
    if (notes.length === 0) return;
    await workbench.api.setRoomNotesHidden([...notes], hidden);
    announce(
      `${notes.length} note${notes.length === 1 ? '' : 's'} ${hidden ? 'hidden from' : 'shown again on'} the phones. ${hidden ? 'They stay on the board.' : ''}`,
    );
  };
  return [
    {
      id: 'room.open',
      title: 'Open room…',
      category: 'Facilitate',
      enabled: () => workbench.getState().selectedSessionId !== null,
      run: () => room.show(open() ? 'panel' : 'open'),
    },
    {
      id: 'room.show',
      title: 'Show room (join code and participants)',
      category: 'Facilitate',
      enabled: open,
      run: () => room.show('panel'),
    },
    {
      id: 'room.pause',
      title: 'Pause or resume room input',
      category: 'Facilitate',
      enabled: open,
      run: () => void workbench.api.setRoomPaused(!room.get().status!.paused),
    },
    {
      id: 'room.hideNotes',
      title: 'Hide selected notes from the phones',
      category: 'Facilitate',
      enabled: () => open() && (activeBoard()?.getSelection().length ?? 0) > 0,
      run: () => void hide(true),
    },
    {
      id: 'room.showNotes',
      title: 'Show selected notes on the phones again',
      category: 'Facilitate',
      enabled: () => open() && (activeBoard()?.getSelection().length ?? 0) > 0,
      run: () => void hide(false),
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
