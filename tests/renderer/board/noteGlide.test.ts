import { describe, expect, it } from 'vitest';
import type { NoteId } from '../../../shared/ids';
import { operation } from '../../../shared/operations/registry';
import { ease, GLIDE_MS, GlideStore, glideOf, glidingNotes } from '../../../renderer/src/board/noteGlide';
import { applied, participantNote, sessionWithExercise } from '../../helpers/sessions';

function board() {
  const { doc, boardId } = sessionWithExercise();
  const a = participantNote(boardId, 'Travel between visits', 100, 200);
  const b = participantNote(boardId, 'Working alone after dark', 900, 700);
  const c = participantNote(boardId, 'Pool cars', 1500, 300);
  const before = applied(doc, operation('addNotes', { notes: [a, b, c] }));
  const moves = [
    { noteId: a.id, x: 500, y: 400 },
    { noteId: b.id, x: 740, y: 400 },
  ];
  const after = applied(before, operation('moveNotes', { moves }));
  const notes = [a, b, c].map((n) => after.notes[n.id]);
  return { before, after, moves, notes, ids: [a.id, b.id, c.id] as NoteId[] };
}

describe('notes gliding after a layout step', () => {
  it('eases from 0 to 1, half way at half time', () => {
    expect([ease(-1), ease(0), ease(0.5), ease(1), ease(2)]).toEqual([0, 0, 0.5, 1, 1]);
    for (let t = 0; t < 1; t += 0.05) expect(ease(t + 0.05)).toBeGreaterThanOrEqual(ease(t));
  });

  it('draws the moved notes from where they were to where the document has them, the others untouched', () => {
    const { before, moves, notes } = board();
    const glide = glideOf(before, moves, 1000)!;
    const start = glidingNotes(notes, glide, 1000);
    expect([start[0].x, start[0].y, start[1].x, start[1].y]).toEqual([100, 200, 900, 700]);
    expect(start[2]).toBe(notes[2]);
    const half = glidingNotes(notes, glide, 1000 + GLIDE_MS / 2);
    expect([half[0].x, half[0].y]).toEqual([300, 300]);
    // Over: the document's own notes, where the step put them.
    expect(glidingNotes(notes, glide, 1000 + GLIDE_MS)).toBe(notes);
    expect([notes[0].x, notes[0].y]).toEqual([500, 400]);
  });

  it('leaves a note moved again meanwhile (a drag, an undo) where the document has it', () => {
    const { before, after, moves, notes } = board();
    const glide = glideOf(before, moves, 0)!;
    const dragged = applied(after, operation('moveNotes', { moves: [{ noteId: notes[0].id, x: 20, y: 20 }] }));
    const drawn = glidingNotes(
      notes.map((n) => dragged.notes[n.id]),
      glide,
      GLIDE_MS / 2,
    );
    expect([drawn[0].x, drawn[0].y]).toEqual([20, 20]);
    expect(drawn[1].x).not.toBe(740);
  });

  it('does not glide when the OS asks for reduced motion, and ends only its own glide', () => {
    const { before, moves } = board();
    const store = new GlideStore();
    store.start(before, moves, 0, true);
    expect(store.get()).toBeNull();
    store.start(before, moves, 0, false);
    const first = store.get()!;
    expect(first.from.size).toBe(2);
    store.start(before, moves, 10, false);
    store.finish(first);
    expect(store.get()).not.toBeNull();
    store.finish(store.get()!);
    expect(store.get()).toBeNull();
  });

  it('has nothing to glide when no note changes place', () => {
    const { after, moves } = board();
    expect(glideOf(after, moves, 0)).toBeNull();
  });
});
