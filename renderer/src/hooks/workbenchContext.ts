import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Workbench, WorkbenchState } from '../state/workbench';
import type { OpenSession, SessionView } from '../state/openSession';
import type { CommandRegistry } from '../commands/registry';
import type { ActiveBoard } from '../state/boardController';

export const WorkbenchContext = createContext<Workbench | null>(null);
export const CommandsContext = createContext<CommandRegistry | null>(null);
/** The board this window's commands act on: each window (each Workbench) has its own. */
export const ActiveBoardContext = createContext<ActiveBoard | null>(null);

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench needs a WorkbenchContext provider');
  return workbench;
}

export function useCommands(): CommandRegistry {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands needs a CommandsContext provider');
  return commands;
}

export function useActiveBoardStore(): ActiveBoard {
  const store = useContext(ActiveBoardContext);
  if (!store) throw new Error('useActiveBoardStore needs an ActiveBoardContext provider');
  return store;
}

/** One slice of the workbench state; the component re-renders only when that slice changes identity. */
export function useWorkbenchState<T>(select: (state: WorkbenchState) => T): T {
  const workbench = useWorkbench();
  return useSyncExternalStore(workbench.subscribe, () => select(workbench.getState()));
}

const NO_SESSION = () => () => {};
const NO_VIEW = () => null;

/** The live view of an open session, or null when there is none. */
export function useSessionView(session: OpenSession | null | undefined): SessionView | null {
  return useSyncExternalStore(session?.subscribe ?? NO_SESSION, session?.getView ?? NO_VIEW);
}
