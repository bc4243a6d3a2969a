import { describe, expect, it } from 'vitest';
import { NOTE_SIZE } from '../../shared/document/geometry';
import type { SessionDocument } from '../../shared/document/schema';
import { arrowBetween, arrowToPoint, linksOfBoard, linksTouching, planLinks } from '../../shared/links/links';
import { invertOperation, operation } from '../../shared/operations/registry';
import { applied, participantNote, sessionWithExercise } from '../helpers/sessions';

/** A board with a barrier and two enablers, far apart. */
function barrierBoard() {
  const { doc, boardId } = sessionWithExercise();
  const barrier = participantNote(boardId, 'No time to train', 0, 0);
  const enabler = participantNote(boardId, 'Protected learning time', 600, 0);
  const other = participantNote(boardId, 'Rotations', 600, 400);
  return {
    doc: applied(doc, operation('addNotes', { notes: [barrier, enabler, other] })),
    boardId,
    barrier,
    enabler,
    other,
  };
}

describe('planLinks: one link per target, none twice', () => {
  it('links a barrier to each enabler, and undoing removes them', () => {
    const { doc, boardId, barrier, enabler, other } = barrierBoard();
    const plan = planLinks(doc, boardId, barrier.id, [enabler.id, other.id, enabler.id]);
    expect(plan.ok && plan.value.map((l) => [l.fromNoteId, l.toNoteId])).toEqual([
      [barrier.id, enabler.id],
      [barrier.id, other.id],
    ]);
    const op = operation('addLinks', { links: plan.ok ? plan.value : [] });
    const after = applied(doc, op);
    expect(linksOfBoard(after, boardId)).toHaveLength(2);
    expect(applied(after, invertOperation(doc, op)).links).toEqual({});
  });

  it('refuses a link that exists, a note linked to itself and a note of another board, saying why', () => {
    const { doc, boardId, barrier, enabler } = barrierBoard();
    const once = planLinks(doc, boardId, barrier.id, [enabler.id]);
    const after = applied(doc, operation('addLinks', { links: once.ok ? once.value : [] }));
    const again = planLinks(after, boardId, barrier.id, [enabler.id]);
    expect(again.ok ? null : again.error.message).toBe('These two notes are already linked.');
    const self = planLinks(after, boardId, barrier.id, [barrier.id]);
    expect(self.ok ? null : self.error.message).toMatch(/another note/);
    const elsewhere = planLinks(after, 'board:elsewhere', barrier.id, [enabler.id]);
    expect(elsewhere.ok).toBe(false);
  });

  it('finds the links touching notes, so removing a note’s links takes both directions', () => {
    const { doc, boardId, barrier, enabler, other } = barrierBoard();
    const a = planLinks(doc, boardId, barrier.id, [enabler.id]);
    let d: SessionDocument = applied(doc, operation('addLinks', { links: a.ok ? a.value : [] }));
    const b = planLinks(d, boardId, other.id, [barrier.id]);
    d = applied(d, operation('addLinks', { links: b.ok ? b.value : [] }));
    expect(linksTouching(d, [barrier.id])).toHaveLength(2);
    expect(linksTouching(d, [enabler.id])).toHaveLength(1);
  });
});

describe('arrows run edge to edge between notes', () => {
  it('leaves the right edge of the left note and ends at the left edge of the right one', () => {
    const arrow = arrowBetween({ x: 0, y: 0 }, { x: 600, y: 0 }, 6);
    expect(arrow).toEqual({
      from: { x: NOTE_SIZE.width + 6, y: NOTE_SIZE.height / 2 },
      to: { x: 600 - 6, y: NOTE_SIZE.height / 2 },
    });
  });

  it('leaves through the bottom edge when the target is below', () => {
    const arrow = arrowBetween({ x: 0, y: 0 }, { x: 0, y: 500 }, 0)!;
    expect(arrow.from).toEqual({ x: NOTE_SIZE.width / 2, y: NOTE_SIZE.height });
    expect(arrow.to).toEqual({ x: NOTE_SIZE.width / 2, y: 500 });
  });

  it('draws nothing for notes on top of each other, or a pointer still on its note', () => {
    expect(arrowBetween({ x: 0, y: 0 }, { x: 20, y: 10 })).toBeNull();
    expect(arrowToPoint({ x: 0, y: 0 }, { x: 50, y: 50 })).toBeNull();
    expect(arrowToPoint({ x: 0, y: 0 }, { x: 500, y: 55 })?.to).toEqual({ x: 500, y: 55 });
  });
});
