import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useCommands } from '../hooks/workbenchContext';
import { ariaKeyshortcut } from '../commands/keybindings';
import { keybindingsOf, shortcutOf, type Command, type CommandCategory, type CommandId } from '../commands/registry';
import { VOTING_MENU } from '../voting/votingMenu';
import { itemForKey } from '../ui/listKeys';

/** The menus and their commands in order; null draws a separator. */
export const MENUS: { label: CommandCategory; items: (CommandId | null)[] }[] = [
  {
    label: 'File',
    items: [
      'session.new',
      'session.addExercise',
      'session.newCustomExercise',
      'exercise.saveAsTemplate',
      'session.rename',
      'session.versionHistory',
      'session.delete',
      null,
      'session.export',
      'session.exportPack',
      'session.importExport',
      'session.importTable',
      'paper.print',
      null,
      'board.close',
    ],
  },
  {
    label: 'Edit',
    items: [
      'edit.undo',
      'edit.redo',
      null,
      'board.addNote',
      'board.editSelected',
      'board.selectAll',
      'board.deleteSelected',
    ],
  },
  {
    label: 'View',
    items: [
      'view.commandPalette',
      'view.focusSessions',
      'view.toggleSideBar',
      null,
      'view.board',
      'view.list',
      null,
      'board.zoomIn',
      'board.zoomOut',
      'board.zoomToFit',
      null,
      'view.theme.light',
      'view.theme.dark',
      'view.theme.contrast',
      'view.theme.system',
    ],
  },
  {
    label: 'Board',
    items: [
      'table.next',
      'table.previous',
      'view.allTables',
      null,
      'table.add',
      'table.edit',
      'board.addRoomBoard',
      null,
      'board.lock',
      'board.unlock',
      null,
      'cluster.group',
      'cluster.ungroup',
      'cluster.edit',
      'cluster.select',
      'cluster.suggest',
      null,
      'link.selected',
      'link.remove',
      'note.quote',
      'note.details',
      'paper.transcribe',
    ],
  },
  {
    label: 'Facilitate',
    items: [
      'view.agenda',
      'facilitate.runExercise',
      'facilitate.nextExercise',
      'facilitate.previousExercise',
      null,
      'facilitate.toggleTimer',
      'facilitate.resetTimer',
      null,
      'view.presenter',
      'facilitate.presentInWindow',
      null,
      'room.open',
      'room.show',
      'room.projector',
      'room.close',
    ],
  },
  { label: 'Vote', items: [...VOTING_MENU] },
  { label: 'Help', items: ['help.about', 'help.copyDiagnostics'] },
];

/**
 * The File / Edit / View menu bar (WAI-ARIA menubar): one Tab stop; Left and Right move
 * between menus, Down or Enter opens one, arrows move inside it, Escape closes it.
 */
export function MenuBar() {
  const commands = useCommands();
  const [focusIndex, setFocusIndex] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const bar = useRef<HTMLDivElement>(null);

  const topItem = (index: number) => document.getElementById(`menu-${MENUS[index].label}`);
  const menuItems = () => [...(bar.current?.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]') ?? [])];

  // A click anywhere else closes the open menu, as menus do everywhere.
  useEffect(() => {
    if (open === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function openMenu(index: number, focus: 'first' | 'last' | 'none') {
    setFocusIndex(index);
    setOpen(index);
    if (focus !== 'none') {
      requestAnimationFrame(() => {
        const items = menuItems();
        (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
      });
    } else {
      topItem(index)?.focus();
    }
  }

  function closeMenu() {
    setOpen(null);
    topItem(focusIndex)?.focus();
  }

  function runCommand(command: Command) {
    if (!commands.isEnabled(command)) return;
    closeMenu();
    commands.run(command.id);
  }

  function onBarKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = (focusIndex + step + MENUS.length) % MENUS.length;
      if (open !== null) openMenu(next, 'first');
      else {
        setFocusIndex(next);
        topItem(next)?.focus();
      }
    } else if (event.key === 'Escape' && open !== null) {
      event.preventDefault();
      closeMenu();
    } else if (event.key === 'Tab') {
      setOpen(null);
    }
  }

  function onTopKeyDown(event: KeyboardEvent, index: number) {
    if (['ArrowDown', 'Enter', ' '].includes(event.key)) {
      event.preventDefault();
      openMenu(index, 'first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(index, 'last');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const items = menuItems();
    const index = items.indexOf(document.activeElement as HTMLElement);
    const target = itemForKey(items, index, event.key);
    if (target) {
      event.preventDefault();
      event.stopPropagation();
      target.focus();
    }
  }

  return (
    <div ref={bar} role="menubar" aria-label="Main menu" className="menubar" onKeyDown={onBarKeyDown}>
      {MENUS.map((menu, index) => (
        <div key={menu.label} className="menubar-entry">
          <button
            type="button"
            role="menuitem"
            id={`menu-${menu.label}`}
            className="menubar-item"
            aria-haspopup="menu"
            aria-expanded={open === index}
            tabIndex={focusIndex === index ? 0 : -1}
            onClick={() => (open === index ? closeMenu() : openMenu(index, 'none'))}
            onPointerEnter={() => open !== null && open !== index && openMenu(index, 'none')}
            onKeyDown={(event) => onTopKeyDown(event, index)}
          >
            {menu.label}
          </button>
          {open === index && (
            <div role="menu" aria-labelledby={`menu-${menu.label}`} className="menu" onKeyDown={onMenuKeyDown}>
              {menu.items.map((id, i) => {
                if (id === null) return <div key={`separator-${i}`} role="separator" className="menu-separator" />;
                const command = commands.get(id);
                if (!command) return null;
                const enabled = commands.isEnabled(command);
                const binding = keybindingsOf(command)[0];
                const shortcut = shortcutOf(command);
                return (
                  <button
                    key={id}
                    type="button"
                    role="menuitem"
                    className="menu-item"
                    tabIndex={-1}
                    aria-disabled={!enabled || undefined}
                    aria-keyshortcuts={binding ? ariaKeyshortcut(binding) : undefined}
                    onClick={() => runCommand(command)}
                  >
                    <span className="menu-item-title">{command.title}</span>
                    {shortcut && (
                      <span className="menu-item-key" aria-hidden="true">
                        {shortcut}
                      </span>
                    )}
                  </button>
                );
              })}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
