import type { Workbench } from '../state/workbench';
import type { Command } from '../commands/registry';

/** "New custom exercise" (for the selected session) and "Save exercise as template" (the active board's exercise). */
export function templateCommands(workbench: Workbench): Command[] {
  const selectedSession = () => workbench.getState().selectedSessionId;
  const activeExercise = () => {
    const tab = workbench.activeTab();
    const exerciseId = tab
      ? workbench.getState().openSessions.get(tab.sessionId)?.getView().doc.boards[tab.boardId]?.exerciseId
      : undefined;
    return tab && exerciseId ? { sessionId: tab.sessionId, exerciseId } : null;
  };
  return [
    {
      id: 'session.newCustomExercise',
      title: 'New custom exercise',
      category: 'File',
      enabled: () => selectedSession() !== null,
      run: () => {
        const sessionId = selectedSession();
        if (sessionId) workbench.showDialog({ kind: 'customExercise', sessionId });
      },
    },
    {
      id: 'exercise.saveAsTemplate',
      title: 'Save exercise as template',
      category: 'File',
      enabled: () => activeExercise() !== null,
      run: () => {
        const active = activeExercise();
        if (active) workbench.showDialog({ kind: 'saveTemplate', ...active });
      },
    },
  ];
}

/** The ids of the commands above, so menus, buttons and keys that name them are checked. */
declare module '../commands/registry' {
  interface CommandIds {
    'session.newCustomExercise': true;
    'exercise.saveAsTemplate': true;
  }
}
