import { newId, type BoardId, type SessionId } from '../ids';
import { SESSION_FILE_TYPE, SESSION_SCHEMA_VERSION } from './fileType';
import type { EventDetails, Note, SessionDocument } from './schema';

/** A new, empty session for an event, with one table ready to work on. */
export function createSessionDocument(
  event: EventDetails,
  now: string,
  id: SessionId = newId('session'),
): SessionDocument {
  const tableId = newId('table');
  return {
    type: SESSION_FILE_TYPE,
    schemaVersion: SESSION_SCHEMA_VERSION,
    id,
    revision: 0,
    createdAt: now,
    updatedAt: now,
    event,
    facilitation: { currentExerciseId: null, timer: { durationSeconds: 0, runningSince: null, elapsedSeconds: 0 } },
    tables: {
      [tableId]: {
        id: tableId,
        name: 'Table 1',
        participantCount: null,
        mix: { staffGroups: {}, sectors: {} },
        order: 0,
      },
    },
    exercises: {},
    boards: {},
    zones: {},
    notes: {},
    clusters: {},
    links: {},
    votes: {},
  };
}

/** What the sessions explorer lists for one session, without loading its boards. */
export interface SessionSummary {
  id: SessionId;
  eventName: string;
  date: string;
  updatedAt: string;
  exerciseCount: number;
  noteCount: number;
}

/** The summary of a session document. */
export function summariseSession(doc: SessionDocument): SessionSummary {
  return {
    id: doc.id,
    eventName: doc.event.name,
    date: doc.event.date,
    updatedAt: doc.updatedAt,
    exerciseCount: Object.keys(doc.exercises).length,
    noteCount: Object.values(doc.notes).filter((n) => n.kind === 'participant').length,
  };
}

/** What a note knows about itself before anyone says more: no metadata, no cluster. */
export const UNTAGGED_NOTE = {
  staffGroup: null,
  sector: null,
  source: null,
  isQuote: false,
  severity: null,
  tag: null,
  clusterId: null,
} as const satisfies Partial<Note>;

/** A new participant note on a board, with no metadata yet; its zone is worked out when it is added. */
export function newParticipantNote(boardId: BoardId, text: string, at: { x: number; y: number }, now: string): Note {
  return {
    id: newId('note'),
    boardId,
    text,
    x: at.x,
    y: at.y,
    zoneId: null,
    kind: 'participant',
    ...UNTAGGED_NOTE,
    createdAt: now,
  };
}
