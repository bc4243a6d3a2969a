import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ModalDialog } from '../ui/ModalDialog';
import { useCommands } from '../hooks/workbenchContext';
import { fuzzyMatch } from '../commands/fuzzyMatch';
import type { Command } from '../commands/registry';
import { shortcutOf } from '../commands/registry';

interface CommandPaletteProps {
  onClose(): void;
}

interface Entry {
  command: Command;
  label: string;
  positions: number[];
  score: number;
}

const optionId = (command: Command) => `palette-${command.id.replace(/\./g, '-')}`;

/**
 * The command palette: every command that can run now, filtered as you type (letters in
 * order, word starts first). Arrow keys choose, Enter runs, Escape closes.
 */
export function CommandPalette({ onClose }: CommandPaletteProps) {
  const commands = useCommands();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  // Which commands can run is fixed when the palette opens; the workbench is behind a modal meanwhile.
  const available = useMemo(() => commands.all().filter((c) => commands.isEnabled(c)), [commands]);

  const entries = useMemo(() => {
    const found: Entry[] = [];
    for (const command of available) {
      const label = `${command.category}: ${command.title}`;
      const match = fuzzyMatch(query, command.title);
      if (match)
        found.push({
          command,
          label,
          score: match.score,
          positions: match.positions.map((p) => p + command.category.length + 2),
        });
    }
    return query.trim()
      ? found.sort((a, b) => b.score - a.score)
      : found.sort((a, b) => a.label.localeCompare(b.label));
  }, [available, query]);

  const active = entries[Math.min(activeIndex, entries.length - 1)];

  function run(entry: Entry | undefined) {
    if (!entry) return;
    onClose();
    // The palette closes (and focus returns) before the command runs, so a dialog it opens gets focus.
    requestAnimationFrame(() => commands.run(entry.command.id));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = entries.length - 1;
    const current = Math.min(activeIndex, last);
    const next =
      event.key === 'ArrowDown'
        ? current + 1 > last
          ? 0
          : current + 1
        : event.key === 'ArrowUp'
          ? current - 1 < 0
            ? last
            : current - 1
          : event.key === 'PageDown'
            ? Math.min(current + 8, last)
            : event.key === 'PageUp'
              ? Math.max(current - 8, 0)
              : null;
    if (next !== null) {
      event.preventDefault();
      setActiveIndex(next);
      document.getElementById(optionId(entries[next].command))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(active);
    }
  }

  return (
    <ModalDialog title="Command palette" titleHidden onClose={onClose} closeOnBackdrop className="palette">
      <input
        className="palette-input"
        role="combobox"
        aria-label="Type a command"
        placeholder="Type a command"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active.command) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        data-autofocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {entries.map((entry) => {
          const shortcut = shortcutOf(entry.command);
          return (
            <li
              key={entry.command.id}
              id={optionId(entry.command)}
              role="option"
              aria-selected={entry === active}
              className="palette-option"
              onPointerDown={(event) => event.preventDefault()}
              onClick={() => run(entry)}
              onPointerMove={() => setActiveIndex(entries.indexOf(entry))}
            >
              <span className="palette-label">
                {highlight(entry.label, entry.positions, entry.command.category.length + 2)}
              </span>
              {shortcut && <kbd className="palette-key">{shortcut}</kbd>}
            </li>
          );
        })}
      </ul>
      {entries.length === 0 && <p className="palette-empty">No command matches “{query}”.</p>}
    </ModalDialog>
  );
}

/** The label with the matched letters in bold; the category prefix is muted. */
function highlight(label: string, positions: number[], titleStart: number): ReactNode {
  const marked = new Set(positions);
  return (
    <>
      <span className="palette-category">{label.slice(0, titleStart)}</span>
      {[...label.slice(titleStart)].map((ch, i) =>
        marked.has(i + titleStart) ? (
          <mark key={i} className="palette-match">
            {ch}
          </mark>
        ) : (
          ch
        ),
      )}
    </>
  );
}
