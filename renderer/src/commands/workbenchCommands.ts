import type { Workbench } from '../state/workbench';
import { setTheme, switchTheme, THEME_NAMES } from '../styles/theme';
import type { Command } from './registry';

import { NEW_NOTE_FIELD_ID, SESSIONS_TREE_ID } from '../ui/domIds';

/** Every command of the workbench, acting on `workbench` and on the board that has focus. */
export function workbenchCommands(workbench: Workbench): Command[] {
  const state = () => workbench.getState();
  const selectedSession = () => state().selectedSessionId;
  const activeView = () => {
    const tab = workbench.activeTab();
    return tab ? workbench.viewOf(tab.boardId) : null;
  };
  const setView = (view: 'board' | 'list') => {
    const tab = workbench.activeTab();
    if (tab) workbench.setView(tab.boardId, view);
  };

  return [
    {
      id: 'session.new',
      title: 'New session',
      category: 'File',
      keybinding: 'Mod+Alt+N',
      run: () => workbench.showDialog({ kind: 'newSession' }),
    },
    {
      id: 'session.addExercise',
      title: 'Add exercise',
      category: 'File',
      enabled: () => selectedSession() !== null,
      run: () => {
        const sessionId = selectedSession();
        if (sessionId) workbench.showDialog({ kind: 'addExercise', sessionId });
      },
    },
    {
      id: 'session.rename',
      title: 'Rename session',
      category: 'File',
      enabled: () => selectedSession() !== null,
      run: () => {
        const sessionId = selectedSession();
        if (sessionId) workbench.showDialog({ kind: 'renameSession', sessionId });
      },
    },
    {
      id: 'session.versionHistory',
      title: 'Version history',
      category: 'File',
      enabled: () => selectedSession() !== null,
      run: () => {
        const sessionId = selectedSession();
        if (sessionId) workbench.showDialog({ kind: 'versionHistory', sessionId });
      },
    },
    {
      id: 'session.delete',
      title: 'Delete session',
      category: 'File',
      enabled: () => selectedSession() !== null,
      run: () => {
        const sessionId = selectedSession();
        if (sessionId) workbench.showDialog({ kind: 'deleteSession', sessionId });
      },
    },
    {
      id: 'board.close',
      title: 'Close board',
      category: 'File',
      keybinding: ['Mod+W', 'Mod+F4'],
      enabled: () => state().activeBoardId !== null,
      run: () => {
        const boardId = state().activeBoardId;
        if (boardId) workbench.closeTab(boardId);
      },
    },
    {
      id: 'edit.undo',
      title: 'Undo',
      category: 'Edit',
      keybinding: 'Mod+Z',
      enabled: () => workbench.currentSession()?.getView().canUndo ?? false,
      run: () => workbench.currentSession()?.undo(),
    },
    {
      id: 'edit.redo',
      title: 'Redo',
      category: 'Edit',
      keybinding: ['Mod+Shift+Z', 'Mod+Y'],
      enabled: () => workbench.currentSession()?.getView().canRedo ?? false,
      run: () => workbench.currentSession()?.redo(),
    },
    {
      id: 'board.addNote',
      title: 'Add note',
      category: 'Edit',
      keybinding: { key: 'Shift?+N', when: 'board' },
      enabled: ({ board }) => board !== null || activeView() === 'list',
      run: ({ board }) => {
        if (activeView() === 'list') document.getElementById(NEW_NOTE_FIELD_ID)?.focus();
        else board?.addNoteAtCentre();
      },
    },
    {
      id: 'board.editSelected',
      title: 'Edit selected note',
      category: 'Edit',
      keybinding: [
        { key: 'Shift?+Enter', when: 'board' },
        { key: 'Shift?+F2', when: 'board' },
      ],
      enabled: ({ board }) => (board?.getSelection().length ?? 0) === 1,
      run: ({ board }) => board?.editSelected(),
    },
    {
      id: 'board.selectAll',
      title: 'Select all notes',
      category: 'Edit',
      keybinding: { key: 'Mod+A', when: 'board' },
      enabled: ({ board }) => board !== null,
      run: ({ board }) => board?.selectAll(),
    },
    {
      id: 'board.deleteSelected',
      title: 'Delete selected notes',
      category: 'Edit',
      keybinding: [
        { key: 'Shift?+Delete', when: 'board' },
        { key: 'Shift?+Backspace', when: 'board' },
      ],
      enabled: ({ board }) => (board?.getSelection().length ?? 0) > 0,
      run: ({ board }) => board?.deleteSelected(),
    },
    {
      id: 'view.commandPalette',
      title: 'Show command palette',
      category: 'View',
      keybinding: ['Mod+Shift+P', 'F1'],
      run: () => workbench.showDialog({ kind: 'commandPalette' }),
    },
    {
      id: 'view.focusSessions',
      title: 'Focus sessions explorer',
      category: 'View',
      keybinding: 'Mod+Shift+E',
      run: () => {
        if (!state().sideBarVisible || state().sideBarView !== 'sessions') workbench.showSideBarView('sessions');
        // The tree is shown on the next render; focus its current item then.
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`#${SESSIONS_TREE_ID} [tabindex="0"]`)?.focus(),
        );
      },
    },
    {
      id: 'view.toggleSideBar',
      title: 'Toggle sessions side bar',
      category: 'View',
      keybinding: 'Mod+B',
      run: () => workbench.toggleSideBar(),
    },
    {
      id: 'view.board',
      title: 'Show board view',
      category: 'View',
      keybinding: 'Mod+Alt+B',
      enabled: () => activeView() === 'list',
      run: () => setView('board'),
    },
    {
      id: 'view.list',
      title: 'Show list view',
      category: 'View',
      keybinding: 'Mod+Alt+L',
      enabled: () => activeView() === 'board',
      run: () => setView('list'),
    },
    {
      id: 'board.zoomIn',
      title: 'Zoom in',
      category: 'View',
      keybinding: [
        { key: 'Shift?+Plus', when: 'board' },
        { key: 'Shift?+=', when: 'board' },
      ],
      enabled: ({ board }) => board !== null,
      run: ({ board }) => board?.zoomIn(),
    },
    {
      id: 'board.zoomOut',
      title: 'Zoom out',
      category: 'View',
      keybinding: [
        { key: 'Shift?+-', when: 'board' },
        { key: 'Shift?+_', when: 'board' },
      ],
      enabled: ({ board }) => board !== null,
      run: ({ board }) => board?.zoomOut(),
    },
    {
      id: 'board.zoomToFit',
      title: 'Zoom to fit',
      category: 'View',
      keybinding: [
        { key: 'Shift?+0', when: 'board' },
        { key: 'Shift+1', when: 'board' },
      ],
      enabled: ({ board }) => board !== null,
      run: ({ board }) => board?.zoomToFit(),
    },
    {
      id: 'view.switchTheme',
      title: 'Switch colour theme (light, dark, high contrast)',
      category: 'View',
      run: switchTheme,
    },
    ...(['light', 'dark', 'contrast'] as const).map((t) => ({
      id: `view.theme.${t}` as const,
      title: `${THEME_NAMES[t]} theme`,
      category: 'View' as const,
      run: () => setTheme(t),
    })),
    {
      id: 'view.theme.system',
      title: 'Theme as the system sets it',
      category: 'View',
      run: () => setTheme('system'),
    },
    {
      id: 'help.about',
      title: 'About Roundtable',
      category: 'Help',
      run: () => workbench.showDialog({ kind: 'about' }),
    },
    {
      id: 'help.copyDiagnostics',
      title: 'Copy diagnostics',
      category: 'Help',
      run: () => workbench.showDialog({ kind: 'diagnostics' }),
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module './registry' {
  interface CommandIds {
    'session.new': true;
    'session.addExercise': true;
    'session.rename': true;
    'session.versionHistory': true;
    'session.delete': true;
    'board.close': true;
    'edit.undo': true;
    'edit.redo': true;
    'board.addNote': true;
    'board.editSelected': true;
    'board.selectAll': true;
    'board.deleteSelected': true;
    'view.commandPalette': true;
    'view.focusSessions': true;
    'view.toggleSideBar': true;
    'view.board': true;
    'view.list': true;
    'board.zoomIn': true;
    'board.zoomOut': true;
    'board.zoomToFit': true;
    'view.switchTheme': true;
    'view.theme.light': true;
    'view.theme.dark': true;
    'view.theme.contrast': true;
    'view.theme.system': true;
    'help.about': true;
    'help.copyDiagnostics': true;
  }
}
