import { memo, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Trash2 } from 'lucide-react';
import type { Note, Zone } from '../../../shared/document/schema';
import type { NoteId, ZoneId } from '../../../shared/ids';
import { LIMITS } from '../../../shared/document/limits';
import { ZoneOptions } from './ZoneOptions';

export type NoteField = 'text' | 'zone' | 'delete';

/** A request to focus one control of one row; a new object each time, so asking twice focuses twice. */
export interface FocusRequest {
  noteId: NoteId;
  field: NoteField;
}

interface NoteRowProps {
  note: Note;
  zones: readonly Zone[];
  /** Which of this row's controls to focus once it is on screen (after a move re-creates it). */
  focusRequest: FocusRequest | null;
  describedBy: string;
  onEditText(noteId: NoteId, text: string): void;
  onMoveToZone(noteId: NoteId, zoneId: ZoneId | null): void;
  onDelete(noteId: NoteId): void;
  /** Asks which group the note joins (or leaves): the keyboard's drag onto a group. */
  onGroup?(noteId: NoteId): void;
  /** Shown under the row: the note's details and links (see ListNoteExtras.tsx). */
  extras?: ReactNode;
}

/** One participant note in the list view: its text to edit, the zone it is in, and a delete button. */
export const NoteRow = memo(function NoteRow({
  note,
  zones,
  focusRequest,
  describedBy,
  onEditText,
  onMoveToZone,
  onDelete,
  onGroup,
  extras,
}: NoteRowProps) {
  const [draft, setDraft] = useState(note.text);
  const editing = useRef(false);
  const text = useRef<HTMLTextAreaElement>(null);
  const zone = useRef<HTMLSelectElement>(null);
  const remove = useRef<HTMLButtonElement>(null);

  // Undo, redo and other windows change the text too; show theirs unless the user is mid-edit.
  useEffect(() => {
    if (!editing.current) setDraft(note.text);
  }, [note.text]);

  useEffect(() => {
    const field = focusRequest?.field;
    const target = field === 'text' ? text : field === 'zone' ? zone : field === 'delete' ? remove : null;
    target?.current?.focus();
  }, [focusRequest]);

  function commit() {
    if (draft !== note.text) onEditText(note.id, draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      // Escape puts back the saved text; a second Escape is left for whatever holds the list.
      if (draft !== note.text) {
        event.preventDefault();
        setDraft(note.text);
      }
    }
  }

  return (
    <li className="note-row">
      <textarea
        ref={text}
        className="note-text"
        aria-label="Note text"
        aria-describedby={describedBy}
        value={draft}
        maxLength={LIMITS.noteText}
        rows={2}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={() => (editing.current = true)}
        onBlur={() => {
          editing.current = false;
          commit();
        }}
        onKeyDown={onKeyDown}
      />
      <label className="note-zone">
        <span className="note-zone-label">Zone</span>
        <select
          ref={zone}
          value={note.zoneId ?? ''}
          onChange={(e) => onMoveToZone(note.id, (e.target.value || null) as ZoneId | null)}
        >
          <ZoneOptions zones={zones} />
        </select>
      </label>
      {onGroup && (
        <button
          type="button"
          id={`list-group-button-${note.id.replace(':', '-')}`}
          className="button note-group"
          aria-describedby={describedBy}
          onClick={() => onGroup(note.id)}
        >
          {note.clusterId ? 'Change group' : 'Group'}
        </button>
      )}
      <button
        ref={remove}
        type="button"
        className="icon-button note-delete"
        aria-label="Delete note"
        title="Delete note"
        onClick={() => onDelete(note.id)}
      >
        <Trash2 size={18} aria-hidden="true" />
      </button>
      {extras}
    </li>
  );
});

/** A deck's reference card: shown for context, read-only, and never counted as participant input. */
export function ReferenceRow({ note }: { note: Note }) {
  return (
    <li className="note-row note-row-reference">
      <span className="reference-badge">Reference card</span>
      <p className="reference-text">{note.text}</p>
    </li>
  );
}
