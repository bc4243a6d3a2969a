import { CommandRegistry } from '../commands/registry';
import { workbenchCommands } from '../commands/workbenchCommands';
import { clusterCommands } from '../clusters/clusterCommands';
import { exportCommands } from '../export/exportCommands';
import { facilitationCommands } from '../facilitation/facilitationCommands';
import { importCommands } from '../import/importCommands';
import { barrierCommands } from '../paper/barrierCommands';
import { roomCommands } from '../room/roomCommands';
import type { ActiveBoard } from '../state/boardController';
import type { Workbench } from '../state/workbench';
import { synthesisCommands } from '../synthesis/synthesisCommands';
import { templateCommands } from '../templates/templateCommands';
import { votingCommands } from '../voting/votingCommands';

/**
 * Every command of one window, acting on its workbench and its active board. The order is
 * the palette's, and breaks ties between commands bound to one key (the first wins).
 */
export function commandsOfWindow(workbench: Workbench, activeBoard: ActiveBoard): CommandRegistry {
  const registry = new CommandRegistry(() => ({ board: activeBoard.get() }));
  registry.register(workbenchCommands(workbench));
  registry.register(facilitationCommands(workbench));
  registry.register(clusterCommands(workbench));
  registry.register(votingCommands(workbench));
  registry.register(exportCommands(workbench));
  registry.register(importCommands(workbench));
  registry.register(synthesisCommands(workbench));
  registry.register(roomCommands(workbench));
  registry.register(barrierCommands(workbench));
  registry.register(templateCommands(workbench));
  return registry;
}
