import type { Command, CommandContext } from '../commands/registry';
import type { Workbench } from '../state/workbench';
import { room } from './roomStore';
import { announce } from '../a11y/announcer';

/** Open room… / Show room / Projector view / New join code / Pause or resume input / Close room. */
export function roomCommands(workbench: Workbench): Command[] {
  const open = () => room.get().status !== null;
  /** Open room… for the selected session: its panel if its room is open, a clear choice if another session's is. */
  function openRoom() {
    const status = room.get().status;
    const sessionId = workbench.getState().selectedSessionId;
    if (!sessionId) return;
    if (!status) return workbench.showDialog({ kind: 'openRoom', sessionId });
    if (status.sessionId === sessionId) return room.dock(true);
    workbench.showDialog({ kind: 'otherRoom', sessionId });
  }
  const hide = async ({ board }: CommandContext, hidden: boolean) => {
    const notes = board?.getSelection() ?? [];
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
      run: openRoom,
    },
    {
      id: 'room.show',
      title: 'Show room panel (join code and participants)',
      category: 'Facilitate',
      enabled: open,
      run: () => room.dock(!room.get().docked),
    },
    {
      id: 'room.projector',
      title: 'Room projector view',
      category: 'Facilitate',
      enabled: open,
      run: () => room.project(true),
    },
    {
      id: 'room.newCode',
      title: 'New join code',
      category: 'Facilitate',
      enabled: open,
      run: () =>
        void workbench.api
          .newRoomJoinCode()
          .then(() => announce('The room has a new join code. The old one no longer works.')),
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
      enabled: ({ board }) => open() && (board?.getSelection().length ?? 0) > 0,
      run: (context) => void hide(context, true),
    },
    {
      id: 'room.showNotes',
      title: 'Show selected notes on the phones again',
      category: 'Facilitate',
      enabled: ({ board }) => open() && (board?.getSelection().length ?? 0) > 0,
      run: (context) => void hide(context, false),
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

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'room.open': true;
    'room.show': true;
    'room.projector': true;
    'room.newCode': true;
    'room.pause': true;
    'room.hideNotes': true;
    'room.showNotes': true;
    'room.close': true;
  }
}
