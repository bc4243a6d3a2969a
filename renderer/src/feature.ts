import type { BoardDecoration, BoardFeature } from './board/boardFeature';
import type { Command } from './commands/registry';
import type { DialogContribution } from './dialogs/dialogRegistry';
import type { Workbench } from './state/workbench';

/**
 * What a feature folder gives the workbench, in one object: its commands (with their
 * keybindings, window- or board-scoped), its dialogs, and its part of every board (layers,
 * pointer handlers, the controller its commands use). workbench/features.ts lists them;
 * adding a feature is its folder and one line there.
 */
export interface Feature {
  id: string;
  /** Loads its commands: they load after the window's first board is drawn (workbench/commandSet.ts). */
  commands?(): Promise<(workbench: Workbench) => Command[]>;
  dialogs?: DialogContribution;
  board?: BoardFeature | BoardDecoration;
}
