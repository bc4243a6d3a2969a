import { useEffect } from 'react';
import type { CommandId, CommandRegistry } from '../commands/registry';
import { isTextField } from '../commands/keybindings';

const PALETTE_COMMAND: CommandId = 'view.commandPalette';

/**
 * The workbench's one keydown listener: it runs the command bound to the keys. It stays out
 * of the way of text fields (where Ctrl+Z is the field's own undo), of open dialogs, and of
 * keys a focused part (the board, a menu) has already handled with preventDefault.
 */
export function useGlobalKeybindings(commands: CommandRegistry): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commands.forKeyEvent(event);
      if (!command) return;
      const inDialog = document.querySelector('dialog[open]') !== null;
      if (command.id === PALETTE_COMMAND ? inDialog : inDialog || isTextField(event.target)) return;
      event.preventDefault();
      commands.run(command.id);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands]);
}
