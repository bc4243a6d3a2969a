import { describe, expect, it } from 'vitest';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import type { Note } from '../../../shared/document/schema';
import { notesTouching, topNoteAt } from '../../../renderer/src/board/spatialIndex';
import { note } from './boardFixtures';

// A small deterministic generator, so a failure can be replayed.
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function linearTouching(notes: readonly Note[], a: { x: number; y: number; width: number; height: number }) {
  return notes.filter(
    (n) =>
      n.x <= a.x + a.width && n.x + NOTE_SIZE.width >= a.x && n.y <= a.y + a.height && n.y + NOTE_SIZE.height >= a.y,
  );
}

describe('the spatial index over a board’s notes', () => {
  const next = random(7);
  const notes = Array.from({ length: 3000 }, (_, i) =>
    note(`n${i}`, Math.round(next() * 20000 - 4000), Math.round(next() * 12000 - 2000)),
  );

  it('finds exactly the notes a full scan finds, in drawing order, for views of every size', () => {
    for (let i = 0; i < 300; i++) {
      const width = 50 + next() * 6000;
      const area = { x: next() * 22000 - 5000, y: next() * 14000 - 3000, width, height: width * 0.6 };
      expect(notesTouching(notes, area)).toEqual(linearTouching(notes, area));
    }
  });

  it('hits the top-most note under a point, as drawing order stacks them', () => {
    const stacked = [...notes, note('on-top', notes[10].x + 20, notes[10].y + 20)];
    expect(topNoteAt(stacked, { x: notes[10].x + 30, y: notes[10].y + 30 })?.text).toBe('on-top');
    for (let i = 0; i < 300; i++) {
      const point = { x: next() * 20000 - 4000, y: next() * 12000 - 2000 };
      const expected = [...linearTouching(stacked, { ...point, width: 0, height: 0 })].pop() ?? null;
      expect(topNoteAt(stacked, point)).toBe(expected);
    }
  });

  it('sees a moved note where it is now: a changed board is a new array, so a new index', () => {
    const moved = notes.map((n, i) => (i === 0 ? { ...n, x: 90000, y: 90000 } : n));
    expect(topNoteAt(moved, { x: 90010, y: 90010 })?.text).toBe('n0');
    expect(notesTouching(notes, { x: 90000, y: 90000, width: 10, height: 10 })).toEqual([]);
  });
});
