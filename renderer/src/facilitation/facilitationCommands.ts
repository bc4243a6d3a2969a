import { announce } from '../a11y/announcer';
import { addRoomBoard } from './addRoomBoard';
import {
  currentPlace,
  neighbourBoard,
  resetSessionTimer,
  runExercise,
  setLocked,
  stepExercise,
  toggleTimer,
} from '../state/facilitation';
import type { Workbench } from '../state/workbench';
import { boardOwner } from '../../../shared/document/boards';
import type { Command } from '../commands/registry';
import { keepingFocus } from '../ui/focusAfterSwitch';
import { presenterAddress } from '../../../shared/facilitation/presenterAddress';
import { windowId } from './presenterLink';

/** Tables, the agenda, the timer, locking and presenter mode: the facilitator's commands. */
export function facilitationCommands(workbench: Workbench): Command[] {
  const place = () => currentPlace(workbench);
  const onBoard = () => place()?.board ?? null;
  const problem = () => place()?.session.getView().problem;

  function tableToEdit() {
    const p = place();
    if (!p) return null;
    if (p.board?.tableId) return p.board.tableId;
    const [first] = Object.values(p.doc.tables).sort((a, b) => a.order - b.order);
    return first?.id ?? null;
  }

  function keepingFocusAnd(step: () => boolean): boolean {
    let done = false;
    keepingFocus(() => (done = step()));
    return done;
  }

  function switchTable(direction: 1 | -1) {
    const p = place();
    if (!p?.board) return;
    const next = neighbourBoard(p.doc, p.board.id, direction);
    if (!next) return announce('This exercise has only one board. Add a table to have another.');
    keepingFocus(() => workbench.switchBoard(next.id));
    announce(`Now showing ${boardOwner(p.doc, next)}`);
  }

  return [
    {
      id: 'table.add',
      title: 'Add table',
      category: 'Board',
      enabled: () => place() !== null,
      run: () => {
        // The session just made or picked in the explorer, even while another session's board is showing.
        const selected = workbench.getState().selectedSessionId;
        const sessionId = selected && workbench.getState().openSessions.has(selected) ? selected : place()?.session.id;
        if (sessionId) workbench.showDialog({ kind: 'table', sessionId, tableId: null });
      },
    },
    {
      id: 'table.edit',
      title: 'Edit table',
      category: 'Board',
      // The board's table; with no board open (or the room board), the session's first table.
      enabled: () => tableToEdit() !== null,
      run: () => {
        const p = place();
        const tableId = tableToEdit();
        if (p && tableId) workbench.showDialog({ kind: 'table', sessionId: p.session.id, tableId });
      },
    },
    {
      id: 'table.next',
      title: 'Next table',
      category: 'Board',
      keybinding: ['Mod+]', { key: 'T', when: 'board' }, { key: 'T', when: 'presenter' }],
      enabled: () => onBoard() !== null,
      run: () => switchTable(1),
    },
    {
      id: 'table.previous',
      title: 'Previous table',
      category: 'Board',
      keybinding: ['Mod+[', { key: 'Shift+T', when: 'board' }, { key: 'Shift+T', when: 'presenter' }],
      enabled: () => onBoard() !== null,
      run: () => switchTable(-1),
    },
    {
      id: 'view.allTables',
      title: 'Show all tables',
      category: 'View',
      keybinding: 'Mod+Alt+A',
      enabled: () => onBoard() !== null,
      run: () => {
        const board = onBoard();
        if (board) workbench.setView(board.id, 'tables');
      },
    },
    {
      id: 'board.addRoomBoard',
      title: 'Add room board',
      category: 'Board',
      enabled: () => {
        const p = place();
        return (
          !!p?.exercise &&
          !Object.values(p.doc.boards).some((b) => b.exerciseId === p.exercise!.id && b.tableId === null)
        );
      },
      run: () => {
        const p = place();
        const id = p?.exercise && addRoomBoard(p.session, p.exercise.id);
        if (id) workbench.switchBoard(id);
      },
    },
    {
      id: 'board.lock',
      title: 'Lock board',
      category: 'Board',
      enabled: () => onBoard()?.locked === false,
      run: () => {
        const p = place();
        if (p?.board && setLocked(p.session, p.board.id, true))
          announce('Board locked: its notes cannot be changed until it is unlocked.');
      },
    },
    {
      id: 'board.unlock',
      title: 'Unlock board',
      category: 'Board',
      enabled: () => onBoard()?.locked === true,
      run: () => {
        const p = place();
        if (p?.board && setLocked(p.session, p.board.id, false)) announce('Board unlocked.');
      },
    },
    {
      id: 'facilitate.runExercise',
      title: 'Run this exercise now',
      category: 'Facilitate',
      enabled: () => !!place()?.exercise,
      run: () => {
        const p = place();
        if (p?.exercise && runExercise(workbench, p.session, p.exercise.id))
          announce(`Now running ${p.exercise.title}`);
      },
    },
    {
      id: 'facilitate.nextExercise',
      title: 'Next exercise',
      category: 'Facilitate',
      keybinding: ['Alt+PageDown', { key: 'PageDown', when: 'presenter' }, { key: 'ArrowRight', when: 'presenter' }],
      enabled: () => place() !== null,
      run: () => {
        if (!keepingFocusAnd(() => stepExercise(workbench, 1)))
          announce(problem() ?? 'This is the last exercise on the agenda.');
      },
    },
    {
      id: 'facilitate.previousExercise',
      title: 'Previous exercise',
      category: 'Facilitate',
      keybinding: ['Alt+PageUp', { key: 'PageUp', when: 'presenter' }, { key: 'ArrowLeft', when: 'presenter' }],
      enabled: () => place() !== null,
      run: () => {
        if (!keepingFocusAnd(() => stepExercise(workbench, -1)))
          announce(problem() ?? 'This is the first exercise on the agenda.');
      },
    },
    {
      id: 'facilitate.toggleTimer',
      title: 'Start or pause timer',
      category: 'Facilitate',
      keybinding: 'F8',
      enabled: () => place() !== null,
      run: () => {
        const p = place();
        if (p) toggleTimer(p.session, p.exercise);
      },
    },
    {
      id: 'facilitate.resetTimer',
      title: 'Reset timer',
      category: 'Facilitate',
      keybinding: 'Shift+F8',
      enabled: () => place() !== null,
      run: () => {
        const p = place();
        if (p) resetSessionTimer(p.session, p.exercise);
      },
    },
    {
      id: 'view.agenda',
      title: 'Show agenda',
      category: 'Facilitate',
      run: () => workbench.showSideBarView('agenda'),
    },
    {
      id: 'view.presenter',
      title: 'Presenter mode',
      category: 'Facilitate',
      keybinding: 'F5',
      enabled: () => onBoard() !== null,
      run: () => workbench.setPresenting(!workbench.getState().presenting),
    },
    {
      id: 'facilitate.presentInWindow',
      title: 'Present in a second window',
      category: 'Facilitate',
      keybinding: 'Shift+F5',
      enabled: () => onBoard() !== null,
      run: () => {
        const p = place();
        if (!p?.board) return;
        // A new tab in browser mode; on the desktop, a window full screen on the other display (electron/main/security.ts).
        const address = presenterAddress({ sessionId: p.session.id, boardId: p.board.id, from: windowId() });
        window.open(address, '_blank', 'noopener');
        announce('Presenter window opened: it shows this board to the room and follows this window.');
      },
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'table.add': true;
    'table.edit': true;
    'table.next': true;
    'table.previous': true;
    'view.allTables': true;
    'board.addRoomBoard': true;
    'board.lock': true;
    'board.unlock': true;
    'facilitate.runExercise': true;
    'facilitate.nextExercise': true;
    'facilitate.previousExercise': true;
    'facilitate.toggleTimer': true;
    'facilitate.resetTimer': true;
    'view.agenda': true;
    'view.presenter': true;
    'facilitate.presentInWindow': true;
  }
}
