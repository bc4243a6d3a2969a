import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Note } from '../../../shared/document/schema';
import { ModalDialog } from '../ui/ModalDialog';
import { FormActions } from '../ui/FormActions';
import { NoteMetaFields } from './NoteMetaFields';
import { MIXED, changesOf, draftOf, type DetailsDraft } from './noteDetails';

interface NoteDetailsDialogProps {
  notes: readonly Note[];
  onSave(changes: ReturnType<typeof changesOf>): void;
  onClose(): void;
  /** The notes' board is locked: the details are shown, disabled, with the reason and only Close. */
  locked?: boolean;
}

/**
 * "Note details": who said it (staff group, sector, staff or public), whether it is a quote
 * and a barrier's severity, for one note or several at once. Keyboard first: type-ahead in
 * each list, Tab between them, Enter saves from anywhere, Escape closes. On a locked board
 * they are shown read-only.
 */
export function NoteDetailsDialog({ notes, onSave, onClose, locked = false }: NoteDetailsDialogProps) {
  const [start] = useState(() => draftOf(notes));
  const [draft, setDraft] = useState<DetailsDraft>(start);
  const subtitle =
    notes.length === 1
      ? `“${notes[0].text.trim().slice(0, 80) || 'Empty note'}”`
      : `${notes.length} notes: only what you change is set on all of them`;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (locked) return onClose();
    onSave(changesOf(start, draft));
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Selects do not submit a form on Enter by themselves.
    if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <ModalDialog title="Note details" subtitle={subtitle} onClose={onClose} className="note-details-dialog">
      <form onSubmit={submit} onKeyDown={onKeyDown}>
        {locked && (
          <p role="note" className="details-locked">
            <strong>This board is locked:</strong> these details are shown read-only. Unlock the board to change them.
          </p>
        )}
        <NoteMetaFields
          draft={draft}
          onChange={(next) => setDraft({ ...draft, ...next })}
          autoFocus={!locked}
          disabled={locked}
        />
        <label className="meta-quote">
          <input
            type="checkbox"
            checked={draft.isQuote === true}
            disabled={locked}
            ref={(box) => {
              if (box) box.indeterminate = draft.isQuote === MIXED;
            }}
            onChange={(e) => setDraft({ ...draft, isQuote: e.target.checked })}
          />
          Quote worth passing on verbatim
        </label>
        {locked ? (
          <FormActions failure={null} cancelLabel="Close" cancelAutofocus onCancel={onClose} />
        ) : (
          <FormActions failure={null} submitLabel="Save details" onCancel={onClose} />
        )}
      </form>
    </ModalDialog>
  );
}
