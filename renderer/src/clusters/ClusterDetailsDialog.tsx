import { useId, useState, type FormEvent } from 'react';
import type { Cluster, Note } from '../../../shared/document/schema';
import type { NoteId } from '../../../shared/ids';
import { LIMITS } from '../../../shared/document/limits';
import { ModalDialog } from '../ui/ModalDialog';
import { FormActions } from '../ui/FormActions';
import { noteCount } from './clusterGeometry';
import './clusters.css';

/** A group can carry at most this many sub-points (the session format's limit). */
const MAX_SUB_POINTS = 10;

export interface ClusterChanges {
  headline: string;
  subPoints: string[];
  quoteNoteId: NoteId | null;
}

interface ClusterDetailsDialogProps {
  cluster: Cluster;
  notes: readonly Note[];
  /** Just made: the title asks for a name. */
  isNew: boolean;
  onSave(changes: ClusterChanges): void;
  onUngroup(): void;
  onClose(): void;
}

/** "The first words of a note…", to tell notes apart in a list. */
export function noteSnippet(text: string, limit = 90): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (!flat) return 'Empty note';
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

/** A group's details: its headline, its sub-points (one per line) and which of its notes is the quote. */
export function ClusterDetailsDialog({ cluster, notes, isNew, onSave, onUngroup, onClose }: ClusterDetailsDialogProps) {
  const [headline, setHeadline] = useState(cluster.headline);
  const [subPoints, setSubPoints] = useState(cluster.subPoints.join('\n'));
  const [quote, setQuote] = useState<NoteId | null>(cluster.quoteNoteId);
  const [errors, setErrors] = useState<{ headline?: string; subPoints?: string }>({});
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const lines = subPoints
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const found: typeof errors = {};
    if (!headline.trim()) found.headline = 'Give the group a headline: the theme its notes share.';
    else if (headline.trim().length > LIMITS.label)
      found.headline = `Keep the headline under ${LIMITS.label} characters.`;
    if (lines.length > MAX_SUB_POINTS)
      found.subPoints = `A group has at most ${MAX_SUB_POINTS} sub-points; this has ${lines.length}. Merge or remove some.`;
    else if (lines.some((l) => l.length > LIMITS.label))
      found.subPoints = `Keep each sub-point under ${LIMITS.label} characters.`;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSave({ headline: headline.trim(), subPoints: lines, quoteNoteId: quote });
  }

  const field = (name: 'headline' | 'subPoints') => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [`${id}-${name}-hint`, errors[name] && `${id}-${name}-error`].filter(Boolean).join(' '),
  });

  return (
    <ModalDialog
      title={isNew ? 'Name the new group' : 'Edit group'}
      subtitle={`${noteCount(notes.length)} in this group.`}
      onClose={onClose}
      className="modal-wide"
    >
      <form className="form" noValidate onSubmit={submit}>
        <div className={errors.headline ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-headline`}>Headline</label>
          <p id={`${id}-headline-hint`} className="field-hint">
            The theme in a few words, as the table would say it.
          </p>
          <input
            id={`${id}-headline`}
            value={headline}
            maxLength={LIMITS.label}
            autoComplete="off"
            data-autofocus
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setHeadline(e.target.value)}
            {...field('headline')}
          />
          {errors.headline && (
            <p id={`${id}-headline-error`} className="field-error">
              {errors.headline}
            </p>
          )}
        </div>
        <div className={errors.subPoints ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-subPoints`}>Sub-points (optional)</label>
          <p id={`${id}-subPoints-hint`} className="field-hint">
            One per line, up to {MAX_SUB_POINTS}.
          </p>
          <textarea
            id={`${id}-subPoints`}
            rows={4}
            value={subPoints}
            onChange={(e) => setSubPoints(e.target.value)}
            {...field('subPoints')}
          />
          {errors.subPoints && (
            <p id={`${id}-subPoints-error`} className="field-error">
              {errors.subPoints}
            </p>
          )}
        </div>
        <fieldset className="cluster-quote-choice">
          <legend>Quote: the note to pass on word for word</legend>
          <label className="cluster-quote-option">
            <input type="radio" name={`${id}-quote`} checked={quote === null} onChange={() => setQuote(null)} />
            <span>No quote yet</span>
          </label>
          {notes.map((note) => (
            <label key={note.id} className="cluster-quote-option">
              <input type="radio" name={`${id}-quote`} checked={quote === note.id} onChange={() => setQuote(note.id)} />
              <span>{noteSnippet(note.text)}</span>
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button-danger form-side-action cluster-ungroup" onClick={onUngroup}>
          Ungroup
        </button>
        <FormActions failure={null} submitLabel={isNew ? 'Name group' : 'Save'} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
