import { useSyncExternalStore } from 'react';
import { Lock } from 'lucide-react';
import type { Note, Zone } from '../../../shared/document/schema';
import { describeMeta } from '../../../shared/notes/noteMeta';
import type { OpenSession } from '../state/openSession';
import { ListDotButton } from '../voting/ListDotButton';

const snippet = (note: Note | undefined) => {
  const text = note?.text.trim().replace(/\s+/g, ' ') ?? '';
  return !text ? 'empty note' : text.length > 50 ? `${text.slice(0, 50)}…` : text;
};

/** The list view's notice on a locked board: what it means and how to change it. */
export function LockedNotice() {
  return (
    <p role="note" className="list-locked">
      <Lock size={16} aria-hidden="true" />
      <span>
        <strong>This board is locked.</strong> Its notes, groups and links are shown read-only: unlock the board to
        change them.
      </span>
    </p>
  );
}

/**
 * A participant note on a locked board, as text: what it says, its zone, its details and
 * its links, with nothing to edit, move or delete (the board would refuse it anyway).
 */
export function LockedNoteRow({ session, note, zones }: { session: OpenSession; note: Note; zones: readonly Zone[] }) {
  const links = useSyncExternalStore(session.subscribe, () => session.getView().doc.links);
  const notes = useSyncExternalStore(session.subscribe, () => session.getView().doc.notes);
  const zone = zones.find((z) => z.id === note.zoneId)?.label ?? 'No zone';
  const answers = Object.values(links).filter((l) => l.fromNoteId === note.id);
  const answeredBy = Object.values(links).filter((l) => l.toNoteId === note.id);
  return (
    <li className="note-row note-row-locked">
      <p className="locked-note-text">{note.text.trim() || 'Empty note'}</p>
      <dl className="locked-note-facts">
        <div>
          <dt>Zone</dt>
          <dd>{zone}</dd>
        </div>
        <div>
          <dt>Details</dt>
          <dd>{describeMeta(note)}</dd>
        </div>
        {answers.map((link) => (
          <div key={link.id}>
            <dt>Answers</dt>
            <dd>“{snippet(notes[link.toNoteId])}”</dd>
          </div>
        ))}
        {answeredBy.map((link) => (
          <div key={link.id}>
            <dt>Answered by</dt>
            <dd>“{snippet(notes[link.fromNoteId])}”</dd>
          </div>
        ))}
      </dl>
      <ListDotButton session={session} note={note} />
    </li>
  );
}
