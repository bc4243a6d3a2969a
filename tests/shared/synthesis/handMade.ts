import type { ExportNote, SessionExport } from '../../../shared/export/schema';

// Two small events written out by hand, so every expected count in the tests can be checked
// by reading this file.

type NoteSpec = Partial<ExportNote> & { id: string; text: string };

function note(board: string, spec: NoteSpec): ExportNote {
  return {
    kind: 'participant',
    countsAsInput: spec.kind !== 'reference',
    exerciseId: `exercise:${board}`,
    boardId: `board:${board}`,
    tableId: `table:${board}`,
    zoneId: `zone:${board}`,
    zoneLabel: 'Barriers',
    clusterId: null,
    staffGroup: null,
    sector: null,
    source: null,
    isQuote: false,
    severity: null,
    tag: null,
    dots: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...spec,
  };
}

function event(
  key: string,
  name: string,
  notes: ExportNote[],
  clusters: SessionExport['clusters'],
  ratings: number[],
): SessionExport {
  return {
    type: 'roundtable.export',
    schemaVersion: 1,
    app: { name: 'Roundtable', version: 'test' },
    exportedAt: '2026-11-01T17:00:00.000Z',
    session: {
      id: `session:${key}`,
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T16:00:00.000Z',
      revision: 10,
    },
    event: {
      name,
      date: '2026-11-01',
      location: 'Leeds',
      facilitator: 'Sam Facilitator',
      shift: key === 'a' ? 'hospital-to-community' : 'analogue-to-digital',
    },
    templates: [{ id: 'ctx.current_barriers', version: 1 }],
    tables: [
      {
        id: `table:${key}`,
        name: 'Table 1',
        order: 0,
        participantCount: 6,
        mix: { staffGroups: { nurse: 4, doctor: 2 }, sectors: {} },
      },
    ],
    exercises: [
      {
        id: `exercise:${key}`,
        templateId: 'ctx.current_barriers',
        templateVersion: 1,
        title: 'Current barriers',
        prompt: 'What gets in the way?',
        order: 0,
        plannedMinutes: 20,
        voting: null,
        boards: [{ id: `board:${key}`, tableId: `table:${key}`, voting: 'revealed' }],
      },
    ],
    zones: [{ id: `zone:${key}`, boardId: `board:${key}`, label: 'Barriers', order: 0 }],
    notes,
    clusters,
    links: [],
    votes: [
      {
        boardId: `board:${key}`,
        exerciseId: `exercise:${key}`,
        tableId: `table:${key}`,
        revealed: true,
        dots: notes.filter((n) => n.dots > 0).map((n) => ({ noteId: n.id, count: n.dots })),
        ratings: [{ zoneId: `zone:${key}`, zoneLabel: 'Barriers', scale: 5, distribution: ratings }],
        stances: [],
      },
    ],
    piiCheck: { ran: true, checkedAt: '2026-11-01T16:59:00.000Z', redacted: {}, kept: {} },
    contentHash: `sha256:${key
      .repeat(64)
      .slice(0, 64)
      .replace(/[^0-9a-f]/g, '0')}`,
  };
}

/** Event A: 6 participant notes (4 staff, 2 public) and 1 reference card; a staffing group and a public group. */
export const EVENT_A = event(
  'a',
  'Leeds listening event',
  [
    note('a', {
      id: 'note:a1',
      text: 'Not enough nurses on nights',
      staffGroup: 'nurse',
      sector: 'acute',
      clusterId: 'cluster:a1',
      dots: 3,
    }),
    note('a', {
      id: 'note:a2',
      text: 'Staff shortages every weekend',
      staffGroup: 'nurse',
      clusterId: 'cluster:a1',
      dots: 1,
    }),
    note('a', { id: 'note:a3', text: 'Vacancies for staff unfilled', staffGroup: 'doctor', clusterId: 'cluster:a1' }),
    note('a', { id: 'note:a4', text: 'Parking costs too much', sector: 'community' }),
    note('a', { id: 'note:a5', text: 'Waiting weeks for a GP appointment', source: 'public', clusterId: 'cluster:a2' }),
    note('a', { id: 'note:a6', text: 'GP appointment phone lines busy', source: 'public', clusterId: 'cluster:a2' }),
    note('a', { id: 'note:ar', text: 'Workforce shortages (reference card)', kind: 'reference', countsAsInput: false }),
  ],
  [
    {
      id: 'cluster:a1',
      boardId: 'board:a',
      headline: 'Staff shortages',
      subPoints: ['Nights', 'Weekends'],
      quote: { noteId: 'note:a1', text: 'Not enough nurses on nights' },
      noteIds: ['note:a1', 'note:a2', 'note:a3'],
      size: 3,
      order: 0,
    },
    {
      id: 'cluster:a2',
      boardId: 'board:a',
      headline: 'GP appointments',
      subPoints: [],
      quote: { noteId: 'note:a5', text: 'Waiting weeks for a GP appointment' },
      noteIds: ['note:a5', 'note:a6'],
      size: 2,
      order: 1,
    },
  ],
  [0, 1, 2, 0, 0],
);

/** Event B: 3 staff notes; a staffing group written differently. */
export const EVENT_B = event(
  'b',
  'Bristol listening event',
  [
    note('b', {
      id: 'note:b1',
      text: 'Staff shortages mean no breaks',
      staffGroup: 'prefer-not-to-say',
      sector: 'mental-health',
      clusterId: 'cluster:b1',
      dots: 2,
    }),
    note('b', { id: 'note:b2', text: 'Too few staff on the ward', staffGroup: 'nurse', clusterId: 'cluster:b1' }),
    note('b', { id: 'note:b3', text: 'IT logins take ages', staffGroup: 'admin-manager' }),
  ],
  [
    {
      id: 'cluster:b1',
      boardId: 'board:b',
      headline: 'Not enough staff',
      subPoints: ['Weekends', 'No breaks'],
      quote: { noteId: 'note:b1', text: 'Staff shortages mean no breaks' },
      noteIds: ['note:b1', 'note:b2'],
      size: 2,
      order: 0,
    },
  ],
  [0, 0, 1, 3, 1],
);
