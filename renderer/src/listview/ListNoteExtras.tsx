import { useId, useSyncExternalStore } from 'react';
import type { Note } from '../../../shared/document/schema';
import type { NoteId } from '../../../shared/ids';
import { planLinks } from '../../../shared/links/links';
import { describeMeta } from '../../../shared/notes/noteMeta';
import { operation } from '../../../shared/operations/registry';
import { announce } from '../a11y/announcer';
import { NoteMetaFields } from '../paper/NoteMetaFields';
import type { OpenSession } from '../state/openSession';
import '../paper/paper.css';

const snippet = (note: Note | undefined) => {
  const text = note?.text.trim().replace(/\s+/g, ' ') ?? '';
  return !text ? 'empty note' : text.length > 50 ? `${text.slice(0, 50)}…` : text;
};

/**
 * Under a note in the list view: its details (staff group, sector, source, severity, quote)
 * to change in place, its links ("answers → …", "answered by …") to remove, and a list to
 * link it to another note. Each change is one operation, one undo step.
 */
export function ListNoteExtras({ session, note }: { session: OpenSession; note: Note }) {
  const { doc } = useSyncExternalStore(session.subscribe, session.getView);
  const id = useId();
  const outgoing = Object.values(doc.links).filter((l) => l.fromNoteId === note.id);
  const incoming = Object.values(doc.links).filter((l) => l.toNoteId === note.id);
  const linked = new Set([...outgoing.map((l) => l.toNoteId), note.id]);
  const others = Object.values(doc.notes).filter((n) => n.boardId === note.boardId && !linked.has(n.id));
  const answeredAlready = new Set([...incoming.map((l) => l.fromNoteId), note.id]);
  const answerers = Object.values(doc.notes).filter(
    (n) => n.boardId === note.boardId && n.kind === 'participant' && !answeredAlready.has(n.id),
  );
  const about = `“${snippet(note)}”`;

  function set(changes: Parameters<typeof operation<'setNoteDetails'>>[1]['changes']) {
    if (session.apply(operation('setNoteDetails', { noteIds: [note.id], changes }))) {
      const after = session.getView().doc.notes[note.id];
      if (after) announce(`Details: ${describeMeta(after)}.`);
    } else announce(session.getView().problem ?? 'The details could not be saved.');
  }

  function linkTo(target: NoteId) {
    const plan = planLinks(doc, note.boardId, note.id, [target]);
    if (!plan.ok) return announce(plan.error.message);
    if (session.apply(operation('addLinks', { links: plan.value })))
      announce(`Linked: ${about} answers → “${snippet(doc.notes[target])}”.`);
  }

  /** The other way round: the chosen note (an enabler, say) answers this one (a barrier). */
  function linkFrom(source: NoteId) {
    const plan = planLinks(doc, note.boardId, source, [note.id]);
    if (!plan.ok) return announce(plan.error.message);
    if (session.apply(operation('addLinks', { links: plan.value })))
      announce(`Linked: “${snippet(doc.notes[source])}” answers → ${about}.`);
  }

  return (
    <div className="list-note-extras">
      <NoteMetaFields
        compact
        draft={{
          staffGroup: note.staffGroup ?? '',
          sector: note.sector ?? '',
          source: note.source ?? '',
          severity: note.severity ? String(note.severity) : '',
        }}
        onChange={(next) => {
          if (next.staffGroup !== (note.staffGroup ?? ''))
            set({ staffGroup: (next.staffGroup || null) as Note['staffGroup'] });
          else if (next.sector !== (note.sector ?? '')) set({ sector: (next.sector || null) as Note['sector'] });
          else if (next.source !== (note.source ?? '')) set({ source: (next.source || null) as Note['source'] });
          else if (next.severity !== (note.severity ? String(note.severity) : ''))
            set({ severity: next.severity ? Number(next.severity) : null });
        }}
      />
      <label className="meta-quote">
        <input type="checkbox" checked={note.isQuote} onChange={(e) => set({ isQuote: e.target.checked })} />
        Quote
      </label>
      {(outgoing.length > 0 || incoming.length > 0) && (
        <ul className="list-links" aria-label={`Links of ${about}`}>
          {outgoing.map((link) => (
            <li key={link.id}>
              <span>answers → “{snippet(doc.notes[link.toNoteId])}”</span>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  session.apply(operation('deleteLinks', { linkIds: [link.id] })) &&
                  announce('Link removed. Undo brings it back.')
                }
              >
                Remove link<span className="visually-hidden"> to “{snippet(doc.notes[link.toNoteId])}”</span>
              </button>
            </li>
          ))}
          {incoming.map((link) => (
            <li key={link.id}>
              <span>answered by “{snippet(doc.notes[link.fromNoteId])}”</span>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  session.apply(operation('deleteLinks', { linkIds: [link.id] })) &&
                  announce('Link removed. Undo brings it back.')
                }
              >
                Remove link<span className="visually-hidden"> from “{snippet(doc.notes[link.fromNoteId])}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {answerers.length > 0 && (
        <label className="meta-field list-link-to" htmlFor={`${id}-answered-by`}>
          <span>Answered by…</span>
          <select
            id={`${id}-answered-by`}
            value=""
            onChange={(e) => {
              if (e.target.value) linkFrom(e.target.value as NoteId);
            }}
          >
            <option value="">Choose the note that answers it</option>
            {answerers.map((n) => (
              <option key={n.id} value={n.id}>
                {snippet(n)}
              </option>
            ))}
          </select>
        </label>
      )}
      {others.length > 0 && (
        <label className="meta-field list-link-to" htmlFor={`${id}-link`}>
          <span>This note answers…</span>
          <select
            id={`${id}-link`}
            value=""
            onChange={(e) => {
              if (e.target.value) linkTo(e.target.value as NoteId);
            }}
          >
            <option value="">Choose the note it answers</option>
            {others.map((n) => (
              <option key={n.id} value={n.id}>
                {snippet(n)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
