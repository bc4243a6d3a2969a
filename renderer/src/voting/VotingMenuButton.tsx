import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Vote } from 'lucide-react';
import { useCommands } from '../hooks/workbenchContext';
import { shortcutOf, type CommandId } from '../commands/registry';
import { VOTING_MENU } from './votingMenu';
import { onVotingMenuRequest } from './roundStore';
import './voting.css';
import { itemForKey } from '../ui/listKeys';

/**
 * The board toolbar's Voting button and its menu of voting steps (the same commands as the
 * Vote menu and the palette). V on the board opens it with the first step it can take focused.
 */
export function VotingMenuButton({ disabled }: { disabled: boolean }) {
  const commands = useCommands();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const menuId = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusFirstEnabled = () =>
    requestAnimationFrame(() =>
      (items().find((i) => i.getAttribute('aria-disabled') !== 'true') ?? items()[0])?.focus(),
    );

  function show() {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : button.current;
    setOpen(true);
    focusFirstEnabled();
  }

  function hide(refocus: boolean) {
    setOpen(false);
    if (refocus) (returnTo.current?.isConnected ? returnTo.current : button.current)?.focus();
  }

  useEffect(() => (disabled ? undefined : onVotingMenuRequest(show)), [disabled]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function run(id: CommandId) {
    const command = commands.get(id);
    if (!command || !commands.isEnabled(command)) return;
    hide(true);
    commands.run(command.id);
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const target = itemForKey(list, index, event.key);
    // The toolbar's own arrow keys must not move focus out of the open menu.
    event.stopPropagation();
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      hide(true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const id = (document.activeElement as HTMLElement | null)?.dataset.command;
      if (id) run(id as CommandId);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  function onMenuBlur(event: FocusEvent<HTMLDivElement>) {
    if (!menu.current?.contains(event.relatedTarget as Node)) setOpen(false);
  }

  return (
    <span className="voting-menu-anchor">
      <button
        ref={button}
        type="button"
        className="icon-button icon-button-labelled"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-keyshortcuts="V"
        title="Voting (V on the board)"
        disabled={disabled}
        onClick={() => (open ? hide(false) : show())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            show();
          }
        }}
      >
        <Vote size={18} aria-hidden="true" />
        <span>Voting</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label="Voting"
          className="menu voting-menu"
          onKeyDown={onMenuKeyDown}
          onBlur={onMenuBlur}
        >
          {VOTING_MENU.map((id, i) => {
            if (id === null) return <div key={`separator-${i}`} role="separator" className="menu-separator" />;
            const command = commands.get(id);
            if (!command) return null;
            const shortcut = shortcutOf(command);
            return (
              <div
                key={id}
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                data-command={id}
                aria-disabled={!commands.isEnabled(command) || undefined}
                onClick={() => run(id)}
              >
                <span className="menu-item-title">{command.title}</span>
                {shortcut && (
                  <span className="menu-item-key" aria-hidden="true">
                    {shortcut}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      )}
    </span>
  );
}
