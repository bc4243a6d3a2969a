import { describe, expect, it } from 'vitest';
import { key } from '../../helpers/keyEvent';
import { createApiClient, createProtocolPair, serveApi } from '../../../shared/api/rpc';
import type { ClusterId, NoteId } from '../../../shared/ids';
import { CommandRegistry, type Command } from '../../../renderer/src/commands/registry';
import type { BoardController } from '../../../renderer/src/state/boardController';
import { createStore } from '../../../renderer/src/state/store';
import { Workbench } from '../../../renderer/src/state/workbench';
import { windowCommands as commandsOf } from '../../../renderer/src/workbench/commandSet';
import { MENUS } from '../../../renderer/src/workbench/MenuBar';
import { VOTING_MENU } from '../../../renderer/src/voting/votingMenu';
import { servicesFor } from '../../helpers/services';
import { tempFolder } from '../../helpers/tempFolder';

// The window's commands as the workbench registers them, over the real services: which
// command each board key runs, and that the menus name only commands that exist.

/** A board as the commands see it: a selection, whether it is in one group, whether L waits for a target; what it was asked. */
function boardWith(selection: number, options: { grouped?: boolean; choosing?: boolean } = {}) {
  const asked: string[] = [];
  const say = (what: string) => () => void asked.push(what);
  const board: BoardController = {
    boardId: 'board:test' as never,
    addNoteAtCentre: say('addNote'),
    editSelected: say('edit'),
    deleteSelected: say('delete'),
    selectAll: say('selectAll'),
    clearSelection: say('clear'),
    moveSelectedBy: say('move'),
    zoomIn: say('zoomIn'),
    zoomOut: say('zoomOut'),
    zoomToFit: say('fit'),
    getSelection: () => Array.from({ length: selection }, (_, i) => `note:n${i}` as NoteId),
    clusters: {
      group: say('group'),
      ungroup: say('ungroup'),
      editGroup: say('editGroup'),
      selectGroup: say('selectGroup'),
      takeOut: say('takeOut'),
      selectedCluster: () => (options.grouped ? ('cluster:c' as ClusterId) : null),
    },
    links: {
      linkSelected: say('link'),
      choosing: () => options.choosing ?? false,
      finishChoosing: (confirm) => void asked.push(confirm ? 'linkTo' : 'cancelLink'),
      removeSelectedLinks: say('unlink'),
    },
    noteMeta: {
      toggleQuote: say('quote'),
      setSeverity: (s) => void asked.push(`severity ${s}`),
      openDetails: say('details'),
      selectedParticipants: () => Array.from({ length: selection }, (_, i) => `note:n${i}` as NoteId),
    },
  };
  return { board, asked };
}

async function windowCommands() {
  const services = await servicesFor(await tempFolder());
  const [clientEnd, serverEnd] = createProtocolPair();
  serveApi(serverEnd, services, { clientId: 'renderer' });
  const api = createApiClient(clientEnd);
  const workbench = new Workbench(api);
  const activeBoard = createStore<BoardController | null>(null);
  const commands = new CommandRegistry(() => ({ board: activeBoard.get() }), { loadsLater: true });
  commands.commandsLoaded(await commandsOf(workbench));
  return { commands, activeBoard, workbench, api };
}

describe('the window’s commands', () => {
  it('every command a menu names is registered, so no menu item is dropped', async () => {
    const { commands } = await windowCommands();
    const named = [...MENUS.flatMap((m) => m.items), ...VOTING_MENU].filter((id) => id !== null);
    expect(named.filter((id) => !commands.get(id))).toEqual([]);
  });

  it('a command id registered twice is refused with its name', async () => {
    const { commands } = await windowCommands();
    const again: Command = { id: 'edit.undo', title: 'Undo', category: 'Edit', run: () => undefined };
    expect(() => commands.register([again])).toThrow(/edit\.undo is registered twice/);
  });

  it('board keys run the command bound to them on the board they were pressed on', async () => {
    const { commands } = await windowCommands();
    const press = (board: BoardController, init: Partial<KeyboardEvent>) =>
      commands.runKey(key(init), 'board', { board });

    const one = boardWith(1);
    expect(press(one.board, { key: 'N', shiftKey: true })).toBe(true);
    expect(press(one.board, { key: 'g' })).toBe(true);
    expect(press(one.board, { key: 'G', shiftKey: true })).toBe(true);
    expect(press(one.board, { key: 'Enter' })).toBe(true);
    expect(press(one.board, { key: 'a', ctrlKey: true })).toBe(true);
    expect(press(one.board, { key: 'q' })).toBe(true);
    // Alt+3 is a severity, whatever character the layout makes of it.
    expect(press(one.board, { key: '£', code: 'Digit3', altKey: true })).toBe(true);
    expect(press(one.board, { key: '+', shiftKey: true })).toBe(true);
    expect(press(one.board, { key: '!', code: 'Digit1', shiftKey: true })).toBe(true);
    expect(one.asked).toEqual([
      'addNote',
      'group',
      'ungroup',
      'edit',
      'selectAll',
      'quote',
      'severity 3',
      'zoomIn',
      'fit',
    ]);
  });

  it('Enter edits one note, opens the group of several, and links while L waits; Escape cancels the link first', async () => {
    const { commands } = await windowCommands();
    const press = (board: BoardController, init: Partial<KeyboardEvent>) =>
      commands.runKey(key(init), 'board', { board });

    const single = boardWith(1, { grouped: true });
    press(single.board, { key: 'Enter' });
    const several = boardWith(3, { grouped: true });
    press(several.board, { key: 'Enter' });
    const linking = boardWith(1, { choosing: true });
    press(linking.board, { key: 'Enter' });
    press(linking.board, { key: 'Escape' });
    expect([...single.asked, ...several.asked, ...linking.asked]).toEqual([
      'edit',
      'editGroup',
      'linkTo',
      'cancelLink',
    ]);
  });

  it('a board key whose commands cannot run is left to the board (Escape clears the selection there)', async () => {
    const { commands } = await windowCommands();
    const none = boardWith(0);
    expect(commands.runKey(key({ key: 'Escape' }), 'board', { board: none.board })).toBe(false);
    expect(commands.runKey(key({ key: 'Delete' }), 'board', { board: none.board })).toBe(false);
    // Window keys are not board keys, and board keys are not window keys.
    expect(commands.runKey(key({ key: 'z', ctrlKey: true }), 'board', { board: none.board })).toBe(false);
    expect(commands.forKeyEvent(key({ key: 'g' }))).toBeUndefined();
    expect(none.asked).toEqual([]);
  });

  it('from a menu or the palette, a board command acts on the window’s active board', async () => {
    const { commands, activeBoard } = await windowCommands();
    expect(commands.run('cluster.group')).toBe(false);
    const active = boardWith(2);
    activeBoard.set(active.board);
    expect(commands.run('cluster.group')).toBe(true);
    expect(active.asked).toEqual(['group']);
  });
});
