import type { BoardController } from '../state/boardController';
import { formatKeybinding, matchesKeybinding } from './keybindings';

/** Where a command appears in menus and the palette. */
export type CommandCategory = 'File' | 'Edit' | 'View' | 'Board' | 'Vote' | 'Facilitate' | 'Help';

/**
 * Every command id, declared by the module that defines the command:
 * `declare module '../commands/registry' { interface CommandIds { 'cluster.group': true } }`.
 * A menu, a button or a key that names an id nobody declared does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CommandIds {}

export type CommandId = keyof CommandIds & string;

/** Where a keybinding applies: the whole window, only while a board's canvas has focus, or in presenter mode. */
export type KeyScope = 'window' | 'board' | 'presenter';

/** A key, e.g. "Mod+Z", and where it applies; a plain string applies to the whole window. */
export type Keybinding = string | { key: string; when: KeyScope };

/** What a command acts on: the board it was run from (the focused one for its keys), or the window's active board. */
export interface CommandContext {
  board: BoardController | null;
}

/**
 * One thing the user can do, defined once: the palette lists it, the menus show it, and
 * its keybindings run it. `title` is what the palette searches.
 */
export interface Command {
  id: CommandId;
  title: string;
  category: CommandCategory;
  /** Keys that run the command (the first is shown beside it). A board binding works while the board has focus. */
  keybinding?: Keybinding | readonly Keybinding[];
  /** Of the enabled commands bound to one key, the one with the highest priority runs (default 0). */
  priority?: number;
  /** False when the command cannot run now; it is then greyed in menus and left out of the palette. */
  enabled?(context: CommandContext): boolean;
  run(context: CommandContext): void;
}

function bindingsOf(command: Command): { key: string; when: KeyScope }[] {
  const { keybinding } = command;
  const list = keybinding === undefined ? [] : Array.isArray(keybinding) ? keybinding : [keybinding as Keybinding];
  return list.map((b) => (typeof b === 'string' ? { key: b, when: 'window' as const } : b));
}

/** The keys that run a command in one scope (the whole window unless said). */
export function keybindingsOf(command: Command, scope: KeyScope = 'window'): readonly string[] {
  return bindingsOf(command)
    .filter((b) => b.when === scope)
    .map((b) => b.key);
}

/** The keys shown beside a command: its first window binding, or else its first board binding. */
export function shortcutOf(command: Command): string | null {
  const binding = keybindingsOf(command)[0] ?? keybindingsOf(command, 'board')[0];
  return binding ? formatKeybinding(binding) : null;
}

const afterTwoFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * The workbench's commands, by id. The palette, menus, the window's keys and the board's keys
 * all read this one list. A window's commands load after its first board is drawn
 * (workbench/commandSet.ts): until `commandsLoaded`, a command run from a button, or a key
 * (`keyWhenLoaded`), waits for them and then runs, in the order asked.
 */
export class CommandRegistry {
  private readonly commands = new Map<CommandId, Command>();
  /** What waits for the commands to load; null once they have (or when none are to come). */
  private waiting: (() => void)[] | null;
  /** The keys pressed before the commands loaded, run one after another (keyWhenLoaded). */
  private keys: Promise<void> = Promise.resolve();

  /**
   * `context` gives what a command acts on when it is run from a menu, the palette or a window
   * key; `loadsLater`, that the commands come later, by `commandsLoaded`.
   */
  constructor(
    private readonly context: () => CommandContext = () => ({ board: null }),
    { loadsLater = false } = {},
  ) {
    this.waiting = loadsLater ? [] : null;
  }

  get loaded(): boolean {
    return this.waiting === null;
  }

  /** Runs `then` once the window's commands are registered: at once if they are. */
  whenLoaded(then: () => void): void {
    if (this.waiting) this.waiting.push(then);
    else then();
  }

  /**
   * A key pressed before the commands loaded: `run` is called once they have, after the keys
   * pressed before it, each two frames after the last (so what one opened has taken focus),
   * and only if what had focus when it was pressed still has it. A letter typed at the board
   * after N (add a note) is then dropped, not run as a command, as the note's editor has focus.
   */
  keyWhenLoaded(run: () => void): void {
    const focused = document.activeElement;
    this.whenLoaded(() => {
      this.keys = this.keys.then(afterTwoFrames).then(() => {
        if (document.activeElement === focused) run();
      });
    });
  }

  /** Registers the window's commands; what was waiting for them then runs, in order. */
  commandsLoaded(commands: readonly Command[]): void {
    this.register(commands);
    const waiting = this.waiting ?? [];
    this.waiting = null;
    for (const then of waiting) then();
  }

  /** Adds commands; an id registered twice is a mistake, and says so. Returns the function that removes them. */
  register(commands: readonly Command[]): () => void {
    for (const command of commands) {
      if (this.commands.has(command.id)) throw new Error(`The command ${command.id} is registered twice.`);
      this.commands.set(command.id, command);
    }
    return () => commands.forEach((c) => this.commands.delete(c.id));
  }

  all(): Command[] {
    return [...this.commands.values()];
  }

  get(id: CommandId): Command | undefined {
    return this.commands.get(id);
  }

  isEnabled(command: Command, context: CommandContext = this.context()): boolean {
    return command.enabled?.(context) ?? true;
  }

  /** Runs a command if it exists and is enabled; returns whether it ran. Before the commands load, it runs once they have. */
  run(id: CommandId, context: CommandContext = this.context()): boolean {
    if (this.waiting) {
      this.waiting.push(() => this.run(id, context));
      return false;
    }
    const command = this.commands.get(id);
    if (!command || !this.isEnabled(command, context)) return false;
    command.run(context);
    return true;
  }

  /**
   * The command a key event runs in `scope`: of those bound to the key there and enabled,
   * the one with the highest priority (the first registered among equals).
   */
  forKeyEvent(event: KeyboardEvent, scope: KeyScope = 'window', context = this.context()): Command | undefined {
    let found: Command | undefined;
    for (const command of this.commands.values()) {
      if (!keybindingsOf(command, scope).some((b) => matchesKeybinding(event, b))) continue;
      // Within a part, a key whose command cannot run now falls to the next command bound to it, or to the part itself.
      if (scope !== 'window' && !this.isEnabled(command, context)) continue;
      if (!found || (command.priority ?? 0) > (found.priority ?? 0)) found = command;
    }
    return found;
  }

  /** Runs the command a key is bound to in `scope`, if one is enabled; returns whether one ran. */
  runKey(event: KeyboardEvent, scope: KeyScope, context: CommandContext = this.context()): boolean {
    const command = this.forKeyEvent(event, scope, context);
    return command ? this.run(command.id, context) : false;
  }
}
