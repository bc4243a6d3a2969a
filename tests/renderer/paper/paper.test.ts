import { describe, expect, it } from 'vitest';
import { sheetLayout } from '../../../renderer/src/paper/printLayout';
import { metaForNext, startingZone, stepZone, typedText } from '../../../renderer/src/paper/transcription';
import { MIXED, changesOf, draftOf } from '../../../renderer/src/paper/noteDetails';
import { participantNote, sessionWithExercise } from '../../helpers/sessions';
import { zonesOfBoard } from '../../../shared/document/geometry';

const MM = 96 / 25.4;

describe('print sheet layout', () => {
  it('names the @page size and swaps the sides for landscape', () => {
    expect(sheetLayout('A4', 'landscape', null)).toMatchObject({
      pageWidthMm: 297,
      pageHeightMm: 210,
      pageRule: 'A4 landscape',
    });
    expect(sheetLayout('A3', 'portrait', null)).toMatchObject({
      pageWidthMm: 297,
      pageHeightMm: 420,
      pageRule: 'A3 portrait',
    });
  });

  it('fits a wide board to the width and a tall one to the height, inside margins and header', () => {
    const wide = sheetLayout('A4', 'landscape', { x: 0, y: 0, width: 4000, height: 1000 });
    expect(wide.scale * 4000).toBeCloseTo((297 - 20) * MM);
    const tall = sheetLayout('A4', 'landscape', { x: 0, y: 0, width: 1000, height: 4000 });
    expect(tall.scale * 4000).toBeCloseTo((210 - 20 - 24) * MM);
    // A3 holds the same board at about 1.41 times the size.
    expect(sheetLayout('A3', 'landscape', { x: 0, y: 0, width: 4000, height: 1000 }).scale / wide.scale).toBeCloseTo(
      Math.SQRT2,
      1,
    );
  });
});

describe('transcription mode', () => {
  it('moves between zones and wraps round at either end', () => {
    expect([stepZone(0, 1, 3), stepZone(2, 1, 3), stepZone(0, -1, 3), stepZone(0, 1, 0)]).toEqual([1, 0, 2, 0]);
  });

  it('starts in the zone with fewest notes, and keeps who said it but not the quote flag for the next note', () => {
    const { doc, boardId } = sessionWithExercise();
    const zones = zonesOfBoard(doc, boardId);
    const notes = [{ ...participantNote(boardId, 'x'), zoneId: zones[0].id }];
    expect(startingZone(zones, notes)).toBe(1);
    expect(metaForNext({ staffGroup: 'nurse', sector: 'ambulance', source: 'staff', isQuote: true })).toEqual({
      staffGroup: 'nurse',
      sector: 'ambulance',
      source: 'staff',
      isQuote: false,
    });
    expect([typedText('  hi  '), typedText('   ')]).toEqual(['hi', null]);
  });
});

describe('note details for several notes', () => {
  it('shows shared values, marks differing ones mixed, and changes only what was touched', () => {
    const { boardId } = sessionWithExercise();
    const a = { ...participantNote(boardId, 'A'), staffGroup: 'nurse' as const, sector: 'acute' as const };
    const b = {
      ...participantNote(boardId, 'B'),
      staffGroup: 'nurse' as const,
      sector: 'community' as const,
      isQuote: true,
    };
    const start = draftOf([a, b]);
    expect(start).toMatchObject({ staffGroup: 'nurse', sector: MIXED, isQuote: MIXED, severity: '' });
    expect(changesOf(start, { ...start, severity: '4' })).toEqual({ severity: 4 });
    expect(changesOf(start, { ...start, staffGroup: '', isQuote: false })).toEqual({
      staffGroup: null,
      isQuote: false,
    });
    expect(changesOf(start, start)).toEqual({});
  });
});
