import { useMemo, useSyncExternalStore } from 'react';
import { notesOfBoard } from '../../../shared/document/boards';
import { zonesOfBoard } from '../../../shared/document/geometry';
import type { BoardId } from '../../../shared/ids';
import type { Note, SessionDocument, Zone } from '../../../shared/document/schema';
import type { OpenSession } from '../state/openSession';
import { useGlidingNotes } from './useGlidingNotes';

/** What the board draws, selected from the session document. */
export interface BoardContent {
  doc: SessionDocument;
  /** The exercise title, for the board's accessible name. */
  title: string;
  zones: Zone[];
  /** The board's notes in drawing order (later ones on top), those gliding after a layout step part of the way there. */
  notes: Note[];
  /** How many notes are drawn gliding (see noteGlide.ts). */
  gliding: number;
}

/**
 * Reads the board's zones and notes from the open session. The document's records are
 * replaced only when they change, so each selection is recomputed only then: moving a
 * note does not re-select zones, and a save-status change re-selects nothing.
 */
export function useBoardContent(session: OpenSession, boardId: BoardId): BoardContent {
  const { doc } = useSyncExternalStore(session.subscribe, session.getView);
  const { zones: zoneRecords, notes: noteRecords, boards, exercises } = doc;
  // zonesOfBoard reads only doc.zones, so zones are re-selected only when a zone changes.
  const zones = useMemo(() => zonesOfBoard(doc, boardId), [zoneRecords, boardId]);
  // Shared with the header's counts and the fit (see notesByBoard): read-only.
  const notes = useMemo(() => notesOfBoard(doc, boardId) as Note[], [noteRecords, boardId]);
  const shown = useGlidingNotes(session, notes);
  const exerciseId = boards[boardId]?.exerciseId;
  const title = (exerciseId && exercises[exerciseId]?.title) || 'Untitled exercise';
  return { doc, title, zones, notes: shown.notes, gliding: shown.gliding };
}
