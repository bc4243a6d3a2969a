import type { RefObject } from 'react';
import type { Note } from '../../../shared/document/schema';
import type { NotePaint } from './noteDrawing';
import { NoteShape } from './NoteShape';
import { NotesOverview } from './NotesOverview';
import type { Selection } from './selection';

interface NotesProps {
  notes: readonly Note[];
  selection: Selection;
  /** Close enough to read: each note is its own shape with its text; further out, all are one overview shape. */
  detailed: boolean;
  paint: RefObject<NotePaint>;
}

/** A set of notes drawn at the level of detail the zoom calls for. */
export function Notes({ notes, selection, detailed, paint }: NotesProps) {
  if (!detailed) return <NotesOverview notes={notes} selection={selection} paint={paint} />;
  return notes.map((note) => <NoteShape key={note.id} note={note} selected={selection.has(note.id)} paint={paint} />);
}
