import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { MergedNote } from '../../../shared/synthesis/types';

interface NoteListProps {
  label: string;
  noteIds: readonly string[];
  notes: ReadonlyMap<string, MergedNote>;
  /** Notes from later exports not yet reviewed: each says "New". */
  fresh: ReadonlySet<string>;
  chosen: ReadonlySet<string>;
  onChoose(noteId: string): void;
  onTrace(noteId: string): void;
}

const ROW = 52;

/**
 * A theme's notes, any number of them: only the rows in view are in the page
 * (@tanstack/react-virtual). One tab stop; Up/Down, Page Up/Down, Home and End move through
 * the notes, Space chooses one (for a split or a move), Enter traces it to its event, table and
 * zone. A click traces; a click on the box at the start of a row chooses.
 */
export function NoteList({ label, noteIds, notes, fresh, chosen, onChoose, onTrace }: NoteListProps) {
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const at = Math.min(active, Math.max(0, noteIds.length - 1));
  const virtualizer = useVirtualizer({
    count: noteIds.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });

  function go(index: number) {
    const next = Math.max(0, Math.min(noteIds.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
  }

  function onKeyDown(event: KeyboardEvent) {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW * 8) / ROW) - 1);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + page,
      PageUp: at - page,
    };
    if (event.key in moves) go(moves[event.key]);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(noteIds.length - 1);
    else if (event.key === ' ' && noteIds[at]) onChoose(noteIds[at]);
    else if (event.key === 'Enter' && noteIds[at]) onTrace(noteIds[at]);
    else return;
    event.preventDefault();
  }

  if (noteIds.length === 0) return <p className="synthesis-muted">No notes here.</p>;
  return (
    <div
      ref={scroller}
      className="review-notes"
      role="listbox"
      aria-label={label}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={`${id}-${at}`}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const noteId = noteIds[row.index];
          const note = notes.get(noteId);
          const isChosen = chosen.has(noteId);
          return (
            <div
              key={noteId}
              id={`${id}-${row.index}`}
              role="option"
              aria-selected={isChosen}
              aria-posinset={row.index + 1}
              aria-setsize={noteIds.length}
              className={`review-note${row.index === at ? ' review-note-active' : ''}`}
              style={{ transform: `translateY(${row.start}px)`, height: ROW }}
              onClick={(e) => {
                setActive(row.index);
                if ((e.target as HTMLElement).dataset.choose) onChoose(noteId);
                else onTrace(noteId);
              }}
            >
              <span className="review-note-box" data-choose="1" aria-hidden="true">
                {isChosen ? '☑' : '☐'}
              </span>
              <span className="review-note-text">
                {note?.text ?? noteId}
                <small>
                  {fresh.has(noteId) && <span className="review-new">New, not yet reviewed · </span>}
                  {note
                    ? `${note.eventName} · ${note.table} · ${note.zone}${note.group ? ` · ${note.group}` : ''}`
                    : ''}
                </small>
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
