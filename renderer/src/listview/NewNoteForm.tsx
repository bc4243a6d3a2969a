import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Zone } from '../../../shared/document/schema';
import type { ZoneId } from '../../../shared/ids';
import { LIMITS } from '../../../shared/document/limits';
import { NEW_NOTE_FIELD_ID } from '../ui/domIds';
import { formatKeybinding } from '../commands/keybindings';
import { ZoneOptions } from './ZoneOptions';

interface NewNoteFormProps {
  zones: readonly Zone[];
  /** Adds the note; returns false if it could not be added (the reason is shown in the status bar). */
  onAdd(text: string, zoneId: ZoneId | null): boolean;
}

/** Types a participant note straight into a zone: the scribe's fast path, and the keyboard path to adding notes. */
export function NewNoteForm({ zones, onAdd }: NewNoteFormProps) {
  const [text, setText] = useState('');
  const [zoneId, setZoneId] = useState<string>(zones[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const chosenZone = zones.some((z) => z.id === zoneId) ? zoneId : '';

  function add() {
    if (text.trim() === '') {
      setError('Type the note’s text first.');
      document.getElementById(NEW_NOTE_FIELD_ID)?.focus();
      return;
    }
    if (onAdd(text.trim(), (chosenZone || null) as ZoneId | null)) {
      setText('');
      setError(null);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    add();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      add();
    }
  }

  return (
    <form className="new-note" onSubmit={onSubmit} aria-label="Add a note">
      <div className="new-note-text field">
        <label htmlFor={NEW_NOTE_FIELD_ID}>New note</label>
        <textarea
          id={NEW_NOTE_FIELD_ID}
          value={text}
          rows={2}
          maxLength={LIMITS.noteText}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-note-error' : 'new-note-hint'}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        {error ? (
          <p id="new-note-error" className="field-error">
            {error}
          </p>
        ) : (
          <p id="new-note-hint" className="field-hint">
            {formatKeybinding('Mod+Enter')} adds it.
          </p>
        )}
      </div>
      <div className="new-note-zone field">
        <label htmlFor="list-new-note-zone">Zone for new note</label>
        <select id="list-new-note-zone" value={chosenZone} onChange={(e) => setZoneId(e.target.value)}>
          <ZoneOptions zones={zones} />
        </select>
      </div>
      <button type="submit" className="button button-primary new-note-add">
        Add
      </button>
    </form>
  );
}
