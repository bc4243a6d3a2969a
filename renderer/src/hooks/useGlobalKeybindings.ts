import { useEffect } from 'react';
import type { CommandId, CommandRegistry } from '../commands/registry';
import { isTextField } from '../commands/keybindings';

const PALETTE_COMMAND: CommandId = 'view.commandPalette';

/**
 * The workbench's one keydown listener: it runs the command bound to the keys. It stays out
 * of the way of text fields (where Ctrl+Z is the field's own undo), of open dialogs, and of
 * keys a focused part (the board, a menu) has already handled with preventDefault. A key
 * pressed before the window's commands have loaded runs once they have (keyWhenLoaded).
 */
export function useGlobalKeybindings(commands: CommandRegistry): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (commands.loaded) runWindowKey(commands, event);
      else if (!isTextField(event.target) && !isModifierKey(event)) {
        // Its browser default (closing the tab, printing the page) would not have run either.
        if (event.ctrlKey || event.metaKey) event.preventDefault();
        commands.keyWhenLoaded(() => runWindowKey(commands, event));
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands]);
}

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta']);

/** A modifier pressed alone: part of a shortcut still being made, nothing to wait for. */
export function isModifierKey(event: KeyboardEvent): boolean {
  return MODIFIERS.has(event.key);
}

/** Runs the window command bound to a key event, if it may run where the key was pressed; returns whether one ran. */
export function runWindowKey(commands: CommandRegistry, event: KeyboardEvent): boolean {
  const command = commands.forKeyEvent(event);
  if (!command) return false;
  const inDialog = document.querySelector('dialog[open]') !== null;
  if (command.id === PALETTE_COMMAND ? inDialog : inDialog || isTextField(event.target)) return false;
  event.preventDefault();
  commands.run(command.id);
  return true;
}
