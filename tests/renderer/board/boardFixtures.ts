import type { BoardId, NoteId, ZoneId } from '../../../shared/ids';
import type { Note, Zone } from '../../../shared/document/schema';
import { UNTAGGED_NOTE } from '../../../shared/document/create';

export const BOARD = 'board:test' as BoardId;

/** A participant note at (x, y) for the board tests. */
export function note(id: string, x: number, y: number, zoneId: string | null = null): Note {
  return {
    id: `note:${id}` as NoteId,
    boardId: BOARD,
    text: id,
    x,
    y,
    zoneId: zoneId as ZoneId | null,
    kind: 'participant',
    ...UNTAGGED_NOTE,
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}

export function zone(id: string, order: number, x: number): Zone {
  return {
    id: `zone:${id}` as ZoneId,
    boardId: BOARD,
    label: id,
    source: 'ours',
    x,
    y: 0,
    width: 420,
    height: 960,
    order,
  };
}
