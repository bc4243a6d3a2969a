import { CommandRegistry } from '../commands/registry';
import { workbenchCommands } from '../commands/workbenchCommands';
import type { ActiveBoard } from '../state/boardController';
import type { Workbench } from '../state/workbench';
import { FEATURES } from './features';

/**
 * Every command of one window, acting on its workbench and its active board: the
 * workbench's own, then each feature's. The order is the palette's, and breaks ties between
 * commands bound to one key (the first wins).
 */
export function commandsOfWindow(workbench: Workbench, activeBoard: ActiveBoard): CommandRegistry {
  const registry = new CommandRegistry(() => ({ board: activeBoard.get() }));
  registry.register(workbenchCommands(workbench));
  for (const feature of FEATURES) if (feature.commands) registry.register(feature.commands(workbench));
  return registry;
}
