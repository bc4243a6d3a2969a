import { useCallback, useState } from 'react';
import type { Note, Zone } from '../../../shared/document/schema';
import type { BoardId, NoteId, ZoneId } from '../../../shared/ids';
import { newParticipantNote } from '../../../shared/document/create';
import { operation } from '../../../shared/operations/registry';
import type { OpenSession } from '../state/openSession';
import { announce } from '../a11y/announcer';
import { NEW_NOTE_FIELD_ID } from '../ui/domIds';
import { useBoardList } from './boardList';
import { spotFor } from '../../../shared/document/placement';
import { NewNoteForm } from './NewNoteForm';
import { NoteRow, ReferenceRow, type FocusRequest } from './NoteRow';
import { ListVotingSection } from '../voting/ListVotingSection';
import { ListDotButton } from '../voting/ListDotButton';
import { ListClusters } from './ListClusters';
import { ListNoteExtras } from './ListNoteExtras';
import { useWorkbench } from '../hooks/workbenchContext';
import { LockedNoteRow, LockedNotice } from './LockedNoteRow';

interface ListViewProps {
  session: OpenSession;
  boardId: BoardId;
  /** A locked board is shown read-only: every note as text, nothing to add, edit, group or delete. */
  locked: boolean;
}

function zoneName(zones: readonly Zone[], zoneId: ZoneId | null): string {
  return zones.find((z) => z.id === zoneId)?.label ?? 'No zone';
}

/**
 * The board as a list, for screen readers and for anyone who prefers typing to dragging:
 * notes grouped under their zones, each editable, movable to another zone and deletable.
 * Every change is the same named operation the canvas uses, so undo treats both alike.
 * Locked, it says so and shows the notes as text (votes still follow the voting phase).
 */
export function ListView({ session, boardId, locked }: ListViewProps) {
  const { zones, groups } = useBoardList(session, boardId);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const workbench = useWorkbench();

  const addNote = useCallback(
    (text: string, zoneId: ZoneId | null) => {
      const doc = session.getView().doc;
      const added = session.apply(
        operation('addNotes', {
          notes: [newParticipantNote(boardId, text, spotFor(doc, boardId, zoneId), new Date().toISOString())],
        }),
      );
      if (added) announce(`Note added to ${zoneName(zones, zoneId)}.`);
      return added;
    },
    [session, boardId, zones],
  );

  const editText = useCallback(
    (noteId: NoteId, text: string) => void session.apply(operation('editNoteText', { noteId, text })),
    [session],
  );

  const moveToZone = useCallback(
    (noteId: NoteId, zoneId: ZoneId | null) => {
      const spot = spotFor(session.getView().doc, boardId, zoneId);
      if (session.apply(operation('moveNotes', { moves: [{ noteId, ...spot }] }))) {
        setFocusRequest({ noteId, field: 'zone' });
        announce(`Note moved to ${zoneName(zones, zoneId)}.`);
      }
    },
    [session, boardId, zones],
  );

  const deleteNote = useCallback(
    (noteId: NoteId) => {
      // Focus goes to the next participant note (or the one before), so the keyboard is not dropped to the page.
      const order = groups.flatMap((g) => g.notes.filter((n) => n.kind === 'participant'));
      const index = order.findIndex((n) => n.id === noteId);
      const neighbour = order[index + 1] ?? order[index - 1];
      if (session.apply(operation('deleteNotes', { noteIds: [noteId] }))) {
        if (neighbour) setFocusRequest({ noteId: neighbour.id, field: 'delete' });
        else document.getElementById(NEW_NOTE_FIELD_ID)?.focus();
        announce('Note deleted. Undo brings it back.');
      }
    },
    [session, groups],
  );

  const shown = groups.filter((g) => g.zone !== null || g.notes.length > 0 || zones.length === 0);

  const groupNote = useCallback(
    (noteId: NoteId) =>
      workbench.showDialog({ kind: 'joinCluster', sessionId: session.id, boardId, noteIds: [noteId] }),
    [workbench, session, boardId],
  );

  function renderRow(note: Note, describedBy: string) {
    if (note.kind === 'reference') return <ReferenceRow key={note.id} note={note} />;
    if (locked) return <LockedNoteRow key={note.id} session={session} note={note} zones={zones} />;
    return (
      <NoteRow
        key={note.id}
        note={note}
        zones={zones}
        describedBy={describedBy}
        focusRequest={focusRequest?.noteId === note.id ? focusRequest : null}
        onEditText={editText}
        onMoveToZone={moveToZone}
        onDelete={deleteNote}
        onGroup={groupNote}
        extras={
          <>
            <ListDotButton session={session} note={note} />
            <ListNoteExtras session={session} note={note} />
          </>
        }
      />
    );
  }

  return (
    // Locked, nothing in the list takes focus: the list itself does, so the keyboard can scroll it.
    <div
      className="list-view"
      tabIndex={locked ? 0 : undefined}
      role={locked ? 'region' : undefined}
      aria-label={locked ? 'Notes, read-only: the board is locked' : undefined}
    >
      {locked ? <LockedNotice /> : <NewNoteForm zones={zones} onAdd={addNote} />}
      <ListVotingSection session={session} boardId={boardId} />
      {shown.map((group) => {
        const headingId = `list-zone-${group.zone?.id.replace(':', '-') ?? 'none'}`;
        const participants = group.notes.filter((n) => n.kind === 'participant').length;
        const references = group.notes.length - participants;
        return (
          <section key={group.zone?.id ?? 'none'} className="list-zone" aria-labelledby={headingId}>
            <h3 id={headingId} className="list-zone-title">
              {group.zone?.label ?? 'No zone'}
            </h3>
            <p className="list-zone-count">{countLabel(participants, references)}</p>
            {group.notes.some((n) => !n.clusterId) && (
              <ul className="list-notes">
                {group.notes.filter((n) => !n.clusterId).map((note) => renderRow(note, headingId))}
              </ul>
            )}
            <ListClusters
              session={session}
              boardId={boardId}
              notes={group.notes}
              renderRow={renderRow}
              locked={locked}
            />
          </section>
        );
      })}
    </div>
  );
}

function countLabel(participants: number, references: number): string {
  const notes = participants === 1 ? '1 note' : `${participants} notes`;
  if (references === 0) return notes;
  return `${notes}, ${references === 1 ? '1 reference card' : `${references} reference cards`}`;
}
