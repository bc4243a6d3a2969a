import type { CodedTheme } from '../../../shared/synthesis/coding';
import type { MergedNote } from '../../../shared/synthesis/types';

interface NoteTraceProps {
  note: MergedNote;
  theme: CodedTheme | null;
  onGroup(groupId: string): void;
  onTheme(themeId: string | null): void;
  onQuote(): void;
}

/** Where one note came from: its event, table, zone and table group, and the theme it is in; each a click (or Enter) back. */
export function NoteTrace({ note, theme, onGroup, onTheme, onQuote }: NoteTraceProps) {
  return (
    <section className="review-trace" aria-labelledby="review-trace-title">
      <h5 id="review-trace-title">Where this note came from</h5>
      <p className="review-trace-text">“{note.text}”</p>
      <dl>
        <dt>Event</dt>
        <dd>
          {note.eventName} ({note.eventDate})
        </dd>
        <dt>Table</dt>
        <dd>{note.table}</dd>
        <dt>Zone</dt>
        <dd>{note.zone}</dd>
        <dt>Table group</dt>
        <dd>
          {note.groupId ? (
            <button type="button" className="link-button" onClick={() => onGroup(note.groupId)}>
              {note.group || 'Untitled group'}
            </button>
          ) : (
            'In no group'
          )}
        </dd>
        <dt>Theme</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => onTheme(theme?.id ?? null)}>
            {theme ? theme.headline : 'Other'}
          </button>
        </dd>
        <dt>Note id</dt>
        <dd>
          <code>{note.noteId}</code>
        </dd>
      </dl>
      {theme && (
        <button type="button" className="button" onClick={onQuote} disabled={theme.quoteNoteId === note.noteId}>
          {theme.quoteNoteId === note.noteId ? 'This is the theme’s quote' : 'Use as the theme’s quote'}
        </button>
      )}
    </section>
  );
}
