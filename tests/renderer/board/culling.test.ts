import { describe, expect, it } from 'vitest';
import { cullRectFor, needsRecull, notesInArea } from '../../../renderer/src/board/culling';
import { note } from './boardFixtures';

describe('culling', () => {
  const notes = [note('a', 0, 0), note('b', 1000, 0), note('c', 5000, 5000), note('d', -400, -300)];

  it('keeps only notes touching the area, in drawing order', () => {
    const drawn = notesInArea(notes, { x: 0, y: 0, width: 1200, height: 800 });
    expect(drawn.map((n) => n.text)).toEqual(['a', 'b']);
  });

  it('counts a note that only overlaps the area edge', () => {
    // Note d spans x -400..-220 and y -300..-190.
    expect(notesInArea(notes, { x: -250, y: -200, width: 10, height: 10 }).map((n) => n.text)).toEqual(['d']);
    expect(notesInArea(notes, { x: -200, y: -180, width: 10, height: 10 })).toEqual([]);
  });

  it('grows the view by the margin on every side', () => {
    expect(cullRectFor({ x: 0, y: 0, width: 1000, height: 800 }, 0.25)).toEqual({
      x: -250,
      y: -200,
      width: 1500,
      height: 1200,
    });
  });

  it('recomputes only when the view leaves the drawn area or it has become far too big', () => {
    const view = { x: 0, y: 0, width: 1000, height: 800 };
    const drawn = cullRectFor(view);
    expect(needsRecull(null, view)).toBe(true);
    expect(needsRecull(drawn, { ...view, x: 200 })).toBe(false);
    expect(needsRecull(drawn, { ...view, x: 300 })).toBe(true);
    // Zoomed in 4x: the view is a sixteenth of what was drawn.
    expect(needsRecull(drawn, { x: 0, y: 0, width: 250, height: 200 })).toBe(true);
  });
});
