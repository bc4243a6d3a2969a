import type { Command } from '../commands/registry';
import { workbenchCommands } from '../commands/workbenchCommands';
import type { Workbench } from '../state/workbench';
import { FEATURES } from './features';

/**
 * Every command of one window, acting on its workbench and its active board: the
 * workbench's own, then each feature's. The order is the palette's, and breaks ties between
 * commands bound to one key (the first wins). This module and the features' commands load
 * after the window's first board is drawn (commandLoading.ts).
 */
export async function windowCommands(workbench: Workbench): Promise<Command[]> {
  const features = await Promise.all(FEATURES.map((feature) => feature.commands?.()));
  return [...workbenchCommands(workbench), ...features.flatMap((commandsOf) => commandsOf?.(workbench) ?? [])];
}
