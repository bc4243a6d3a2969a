import { describe, expect, it } from 'vitest';
import { key } from '../../helpers/keyEvent';
import { formatKeybinding, matchesKeybinding } from '../../../renderer/src/commands/keybindings';
import { CommandRegistry, type Command } from '../../../renderer/src/commands/registry';

describe('keybindings', () => {
  it('match exactly the modifiers they name', () => {
    expect(matchesKeybinding(key({ key: 'z', ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesKeybinding(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesKeybinding(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesKeybinding(key({ key: 'F1' }), 'F1')).toBe(true);
    expect(matchesKeybinding(key({ key: 'F1', ctrlKey: true }), 'F1')).toBe(false);
  });

  it('fall back to the physical key when Alt changes the character', () => {
    expect(matchesKeybinding(key({ key: '¬', code: 'KeyL', ctrlKey: true, altKey: true }), 'Mod+Alt+L')).toBe(true);
  });

  it('read as people write them', () => {
    expect(formatKeybinding('Mod+Shift+P')).toBe('Ctrl+Shift+P');
    expect(formatKeybinding('F1')).toBe('F1');
  });

  it('find the command bound to a key, among all its bindings', () => {
    const registry = new CommandRegistry();
    let ran = 0;
    registry.register([
      { id: 'edit.redo', title: 'Redo', category: 'Edit', keybinding: ['Mod+Shift+Z', 'Mod+Y'], run: () => ran++ },
    ]);
    expect(registry.forKeyEvent(key({ key: 'y', ctrlKey: true }))?.id).toBe('edit.redo');
    expect(registry.forKeyEvent(key({ key: 'y' }))).toBeUndefined();
    expect(registry.run('edit.redo')).toBe(true);
    expect(ran).toBe(1);
  });

  it('loaded later: a command run before they load runs once they have, in the order asked', () => {
    const registry = new CommandRegistry(undefined, { loadsLater: true });
    const ran: string[] = [];
    const command = (id: 'edit.undo' | 'edit.redo'): Command => ({
      id,
      title: id,
      category: 'Edit',
      run: () => void ran.push(id),
    });
    expect(registry.run('edit.redo')).toBe(false);
    registry.whenLoaded(() => ran.push('waited'));
    expect(registry.run('edit.undo')).toBe(false);
    expect(registry.loaded).toBe(false);
    expect(ran).toEqual([]);
    registry.commandsLoaded([command('edit.undo'), command('edit.redo')]);
    expect(registry.loaded).toBe(true);
    expect(ran).toEqual(['edit.redo', 'waited', 'edit.undo']);
    expect(registry.run('edit.undo')).toBe(true);
  });

  it('do not run a command that is not enabled', () => {
    const registry = new CommandRegistry();
    registry.register([
      { id: 'board.zoomIn', title: 'Zoom in', category: 'View', enabled: () => false, run: () => expect.fail('ran') },
    ]);
    expect(registry.run('board.zoomIn')).toBe(false);
  });
});
