import fc from 'fast-check';
import { NOTE_SIZE } from '../../shared/document/geometry';
import type { Note, Zone } from '../../shared/document/schema';
import type { BoardId } from '../../shared/ids';
import { ZONE_HEADER } from '../../shared/layout/tidy';
import { participantNote } from './sessions';

/** Where a generated note lies: one of three zones, and how far across and down it (0–1). */
export interface NoteSpot {
  zone: number;
  fx: number;
  fy: number;
}

/** Between `minLength` and `maxLength` spots for notes dropped anywhere in a board's three zones. */
export function noteSpots(minLength: number, maxLength: number): fc.Arbitrary<NoteSpot[]> {
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.array(fc.record({ zone: fc.nat(2), fx: fraction, fy: fraction }), { minLength, maxLength });
}

/** A participant note at each spot, wholly inside its zone and below the zone's header, named "note <i>". */
export function notesAtSpots(boardId: BoardId, zones: readonly Zone[], spots: readonly NoteSpot[]): Note[] {
  return spots.map((s, i) => {
    const z = zones[s.zone];
    return participantNote(
      boardId,
      `note ${i}`,
      z.x + s.fx * (z.width - NOTE_SIZE.width),
      z.y + ZONE_HEADER + s.fy * (z.height - ZONE_HEADER - NOTE_SIZE.height),
    );
  });
}
