import { useRef, useState } from 'react';
import type { ClusterSuggestion } from '../../../shared/clustering/suggest';
import type { Note } from '../../../shared/document/schema';
import type { NoteId } from '../../../shared/ids';
import { LIMITS } from '../../../shared/document/limits';
import { ModalDialog } from '../ui/ModalDialog';
import { noteCount } from './clusterGeometry';
import { noteSnippet } from './ClusterDetailsDialog';
import './clusters.css';

interface SuggestClustersDialogProps {
  suggestions: readonly ClusterSuggestion[];
  notes: Readonly<Record<NoteId, Note>>;
  /** How many notes were looked at: participant notes in no group. */
  considered: number;
  /** Notes left out because the board has more than suggestions look at in one go. */
  skipped: number;
  /** Makes the group; false when it could not be made (the reason is announced). */
  onAccept(suggestion: ClusterSuggestion, headline: string): boolean;
  onClose(): void;
}

/** "Suggest clusters": groups found from the words notes share, each to accept (with its headline edited) or dismiss. */
export function SuggestClustersDialog({
  suggestions,
  notes,
  considered,
  skipped,
  onAccept,
  onClose,
}: SuggestClustersDialogProps) {
  const [open, setOpen] = useState(() => suggestions.map((s, index) => ({ ...s, index })));
  const [headlines, setHeadlines] = useState(() => suggestions.map((s) => s.headline));
  const list = useRef<HTMLOListElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  /** Takes a suggestion off the list and moves focus to the next one's headline, or to Close when none is left. */
  function settle(index: number) {
    const position = open.findIndex((s) => s.index === index);
    const rest = open.filter((s) => s.index !== index);
    setOpen(rest);
    const next = rest[Math.min(position, rest.length - 1)];
    requestAnimationFrame(() => {
      const target = next
        ? list.current?.querySelector<HTMLElement>(`[data-suggestion="${next.index}"] input`)
        : closeButton.current;
      target?.focus();
    });
  }

  const more = skipped > 0 ? ` ${noteCount(skipped)} more were left out: group some, then ask again.` : '';
  const subtitle =
    (suggestions.length === 0
      ? `Nothing to suggest from ${noteCount(considered)} in no group: suggestions need two or more notes that share words.`
      : `${suggestions.length === 1 ? '1 group' : `${suggestions.length} groups`} found among ${noteCount(considered)} in no group, from the words they share. Worked out on this computer.`) +
    more;

  return (
    <ModalDialog title="Suggested groups" subtitle={subtitle} onClose={onClose} className="modal-wide">
      {open.length > 0 ? (
        <ol ref={list} className="suggestion-list" aria-label="Suggested groups">
          {open.map((s, position) => {
            const headlineId = `suggestion-${s.index}-headline`;
            return (
              <li
                key={s.index}
                className="suggestion"
                data-suggestion={s.index}
                aria-label={`Suggestion ${position + 1}: ${noteCount(s.noteIds.length)}`}
              >
                <div className="field">
                  <label htmlFor={headlineId}>Headline</label>
                  <input
                    id={headlineId}
                    value={headlines[s.index]}
                    maxLength={LIMITS.label}
                    autoComplete="off"
                    data-autofocus={position === 0 || undefined}
                    onChange={(e) => setHeadlines((h) => h.map((v, i) => (i === s.index ? e.target.value : v)))}
                  />
                </div>
                <ul className="suggestion-notes" aria-label={`Notes in suggestion ${position + 1}`}>
                  {s.noteIds.map((id) => (
                    <li key={id}>{noteSnippet(notes[id]?.text ?? '')}</li>
                  ))}
                </ul>
                <div className="suggestion-actions">
                  <button type="button" className="button" onClick={() => settle(s.index)}>
                    Dismiss<span className="visually-hidden"> suggestion {position + 1}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => {
                      if (onAccept(s, headlines[s.index].trim() || s.headline)) settle(s.index);
                    }}
                  >
                    Accept<span className="visually-hidden"> suggestion {position + 1}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        suggestions.length > 0 && <p className="suggestion-empty">Every suggestion has been accepted or dismissed.</p>
      )}
      <div className="form-actions">
        <button
          ref={closeButton}
          type="button"
          className="button"
          data-autofocus={open.length === 0 || undefined}
          onClick={onClose}
        >
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
