import { useMemo } from 'react';
import type { Board, SessionDocument } from '../../../shared/document/schema';
import { zonesOfBoard } from '../../../shared/document/geometry';
import { dotTally } from '../../../shared/voting/tallies';

/**
 * The presented board as text, for a screen reader in the presenter window (the canvas is only
 * drawn): each zone's participant notes, with the group each is in and, once revealed, its votes.
 */
export function PresenterOutline({ doc, board }: { doc: SessionDocument; board: Board }) {
  const { notes, clusters, boards, zones: zoneRecords } = doc;
  const revealed = boards[board.id]?.voting === 'revealed';
  // zonesOfBoard reads only doc.zones.
  const zones = useMemo(() => zonesOfBoard(doc, board.id), [zoneRecords, board.id]);
  const dots = useMemo(() => (revealed ? dotTally(doc, board.id) : new Map()), [revealed, doc, board.id]);
  const shown = Object.values(notes).filter((n) => n.boardId === board.id && n.kind === 'participant');
  const sections = [
    ...zones.map((z) => ({ id: z.id as string, label: z.label, notes: shown.filter((n) => n.zoneId === z.id) })),
    { id: 'outside', label: 'Outside the zones', notes: shown.filter((n) => !n.zoneId) },
  ].filter((s) => s.notes.length > 0);
  return (
    <section className="visually-hidden" aria-label="Notes on the board" data-notes-listed={shown.length}>
      {sections.length === 0 && <p>No notes yet.</p>}
      {sections.map((section) => (
        <section key={section.id} aria-label={section.label}>
          <h2>{section.label}</h2>
          <ul>
            {section.notes.map((note) => {
              const group = note.clusterId ? clusters[note.clusterId] : undefined;
              const votes = dots.get(note.id) ?? 0;
              return (
                <li key={note.id}>
                  {note.text}
                  {group && ` (group: ${group.headline || 'Untitled group'})`}
                  {votes > 0 && ` (${votes} ${votes === 1 ? 'vote' : 'votes'})`}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
