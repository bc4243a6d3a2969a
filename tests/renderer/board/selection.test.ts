import { describe, expect, it } from 'vitest';
import {
  bandRect,
  firstNoteOfNeighbourZone,
  neighbourInReadingOrder,
  noteAt,
  notesInBand,
  pruned,
  noteNumbers,
  readingOrder,
  tabOrder,
  toggled,
} from '../../../renderer/src/board/selection';
import type { NoteId } from '../../../shared/ids';
import { note, zone } from './boardFixtures';

describe('reading order', () => {
  const zones = [zone('second', 1, 500), zone('first', 0, 0)];
  const notes = [
    note('loose', 0, -500, null),
    note('second-top', 520, 60, 'zone:second'),
    note('first-lower', 10, 300, 'zone:first'),
    note('first-right', 220, 60, 'zone:first'),
    note('first-left', 10, 60, 'zone:first'),
  ];

  it('goes zone by zone, then top to bottom, then left to right, loose notes last', () => {
    expect(readingOrder(notes, zones)).toEqual([
      'note:first-left',
      'note:first-right',
      'note:first-lower',
      'note:second-top',
      'note:loose',
    ]);
  });

  it('steps forward and back, and runs out at either end so Tab can leave the board', () => {
    const order = readingOrder(notes, zones);
    expect(neighbourInReadingOrder(order, null, 1)).toBe('note:first-left');
    expect(neighbourInReadingOrder(order, null, -1)).toBe('note:loose');
    expect(neighbourInReadingOrder(order, 'note:first-right', 1)).toBe('note:first-lower');
    expect(neighbourInReadingOrder(order, 'note:first-right', -1)).toBe('note:first-left');
    expect(neighbourInReadingOrder(order, 'note:loose', 1)).toBeNull();
    expect(neighbourInReadingOrder(order, 'note:first-left', -1)).toBeNull();
    expect(neighbourInReadingOrder([], null, 1)).toBeNull();
  });
});

describe('hit-testing', () => {
  const notes = [note('under', 0, 0), note('over', 100, 50)];

  it('finds the top-most note under a point', () => {
    expect(noteAt(notes, { x: 150, y: 80 })?.text).toBe('over');
    expect(noteAt(notes, { x: 20, y: 20 })?.text).toBe('under');
    expect(noteAt(notes, { x: 500, y: 500 })).toBeNull();
  });

  it('selects every note a rubber band touches, dragged in any direction', () => {
    const band = bandRect({ x: 400, y: 400 }, { x: 150, y: 150 });
    expect(band).toEqual({ x: 150, y: 150, width: 250, height: 250 });
    expect(notesInBand(notes, band)).toEqual(['note:over']);
    expect(notesInBand(notes, bandRect({ x: -10, y: -10 }, { x: 500, y: 500 }))).toEqual(['note:under', 'note:over']);
  });
});

describe('selection sets', () => {
  const a = 'note:a' as NoteId;
  const b = 'note:b' as NoteId;

  it('toggles one note in or out', () => {
    expect([...toggled(new Set([a]), b)]).toEqual([a, b]);
    expect([...toggled(new Set([a, b]), a)]).toEqual([b]);
  });

  it('drops notes that no longer exist, keeping the same set when none went', () => {
    const selection = new Set([a, b]);
    expect(pruned(selection, () => true)).toBe(selection);
    expect([...pruned(selection, (id) => id === b)]).toEqual([b]);
  });
});

describe('jumping zone by zone', () => {
  const order = ['note:a1', 'note:a2', 'note:b1', 'note:c1', 'note:c2'] as NoteId[];
  const zoneOf = (id: NoteId) => (id.startsWith('note:a') ? 'zone:a' : id.startsWith('note:b') ? 'zone:b' : null);

  it('goes to the first note of the next or previous zone, and stops at either end', () => {
    expect(firstNoteOfNeighbourZone(order, zoneOf, 'note:a2' as NoteId, 1)).toBe('note:b1');
    expect(firstNoteOfNeighbourZone(order, zoneOf, 'note:b1' as NoteId, 1)).toBe('note:c1');
    expect(firstNoteOfNeighbourZone(order, zoneOf, 'note:c2' as NoteId, -1)).toBe('note:b1');
    expect(firstNoteOfNeighbourZone(order, zoneOf, 'note:a1' as NoteId, -1)).toBeNull();
    expect(firstNoteOfNeighbourZone(order, zoneOf, 'note:c1' as NoteId, 1)).toBeNull();
    expect(firstNoteOfNeighbourZone(order, zoneOf, null, 1)).toBe('note:a1');
    expect(firstNoteOfNeighbourZone([], zoneOf, null, 1)).toBeNull();
  });
});

describe('Tab order and note numbers', () => {
  const zones = [zone('first', 0, 0), zone('second', 1, 500)];
  const reference = (id: string, x: number, y: number, zoneId: string) => ({
    ...note(id, x, y, zoneId),
    kind: 'reference' as const,
  });
  const notes = [
    reference('card-1', 10, 60, 'zone:first'),
    reference('card-2', 10, 200, 'zone:first'),
    note('table-b', 520, 60, 'zone:second'),
    reference('card-3', 510, 10, 'zone:second'),
    note('table-a', 220, 400, 'zone:first'),
  ];

  it('walks the table’s notes first, in reading order, then the reference cards, each once', () => {
    expect(tabOrder(notes, zones)).toEqual([
      'note:table-a',
      'note:table-b',
      'note:card-1',
      'note:card-2',
      'note:card-3',
    ]);
  });

  it('numbers the table’s notes 1, 2… in reading order and gives reference cards none', () => {
    expect([...noteNumbers(notes, zones)]).toEqual([
      ['note:table-a', 1],
      ['note:table-b', 2],
    ]);
  });
});
