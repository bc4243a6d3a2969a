import { formatKeybinding, matchesKeybinding } from './keybindings';

/** Where a command appears in menus and the palette. */
export type CommandCategory = 'File' | 'Edit' | 'View' | 'Board' | 'Vote' | 'Facilitate' | 'Help';

/**
 * One thing the user can do, defined once: the palette lists it, the menus show it, and
 * its keybinding runs it. `title` is what the palette searches.
 */
export interface Command {
  id: string;
  title: string;
  category: CommandCategory;
  /** Keys that run the command anywhere outside a text field, e.g. "Mod+Z" (the first is shown). */
  keybinding?: string | readonly string[];
  /** Keys shown beside the command but handled by the focused part (e.g. "N" on the board). */
  keyHint?: string;
  /** False when the command cannot run now; it is then greyed in menus and left out of the palette. */
  enabled?(): boolean;
  run(): void;
}

export function keybindingsOf(command: Command): readonly string[] {
  const { keybinding } = command;
  return keybinding === undefined ? [] : typeof keybinding === 'string' ? [keybinding] : keybinding;
}

/** The keys shown beside a command: its own binding, or the hint for keys its part handles. */
export function shortcutOf(command: Command): string | null {
  const binding = keybindingsOf(command)[0] ?? command.keyHint;
  return binding ? formatKeybinding(binding) : null;
}

export function isEnabled(command: Command): boolean {
  return command.enabled?.() ?? true;
}

/** The workbench's commands, by id. The palette, menus and the keydown listener all read this one list. */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();

  register(commands: readonly Command[]): () => void {
    for (const command of commands) this.commands.set(command.id, command);
    return () => commands.forEach((c) => this.commands.delete(c.id));
  }

  all(): Command[] {
    return [...this.commands.values()];
  }

  get(id: string): Command | undefined {
    return this.commands.get(id);
  }

  /** Runs a command if it exists and is enabled; returns whether it ran. */
  run(id: string): boolean {
    const command = this.commands.get(id);
    if (!command || !isEnabled(command)) return false;
    command.run();
    return true;
  }

  /** The command a key event is bound to, if any. */
  forKeyEvent(event: KeyboardEvent): Command | undefined {
    for (const command of this.commands.values()) {
      if (keybindingsOf(command).some((b) => matchesKeybinding(event, b))) return command;
    }
    return undefined;
  }
}
