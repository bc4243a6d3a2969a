import { describe, expect, it } from 'vitest';
import { createBoardListSelector } from '../../../renderer/src/listview/boardList';
import { spotFor } from '../../../shared/document/placement';
import { createSessionDocument } from '../../../shared/document/create';
import { zoneAt } from '../../../shared/document/geometry';
import type { SessionDocument } from '../../../shared/document/schema';
import type { BoardId, ExerciseId } from '../../../shared/ids';
import { applyOperation, operation } from '../../../shared/operations/registry';
import { BOARD, note, zone } from '../board/boardFixtures';

const NOW = '2025-03-04T10:00:00.000Z';

/** A session with one board (BOARD) of two zones side by side, and a second board. */
function sessionWithBoards(): SessionDocument {
  const doc = createSessionDocument({ name: 'Leeds', date: '', location: '', facilitator: '', shift: null }, NOW);
  const exerciseId = 'exercise:one' as ExerciseId;
  const result = applyOperation(
    doc,
    operation('addExercise', {
      exercise: {
        id: exerciseId,
        templateId: 't',
        templateVersion: 1,
        title: 'Exercise',
        prompt: '',
        order: 0,
        plannedMinutes: null,
        voting: null,
        tags: [],
        createdAt: NOW,
      },
      boards: [
        { id: BOARD, exerciseId, tableId: null, locked: false, voting: 'closed' },
        { id: 'board:other' as BoardId, exerciseId, tableId: null, locked: false, voting: 'closed' },
      ],
      zones: [zone('benefits', 0, 0), zone('downsides', 1, 452)],
      notes: [],
      clusters: [],
      links: [],
      votes: [],
    }),
    NOW,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function add(doc: SessionDocument, ...notes: ReturnType<typeof note>[]): SessionDocument {
  const result = applyOperation(doc, operation('addNotes', { notes }), NOW);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the list view’s grouping', () => {
  it('groups a board’s notes under their zones in reading order, with the rest under “No zone”', () => {
    const doc = add(
      sessionWithBoards(),
      note('lower', 12, 400),
      note('upper', 12, 60),
      note('right', 470, 60),
      note('loose', 0, 2000),
    );
    const list = createBoardListSelector(BOARD)(doc);
    expect(list.groups.map((g) => [g.zone?.label ?? 'No zone', g.notes.map((n) => n.text)])).toEqual([
      ['benefits', ['upper', 'lower']],
      ['downsides', ['right']],
      ['No zone', ['loose']],
    ]);
  });

  it('hands back the same list when only another board changed, so the list does not re-render', () => {
    const select = createBoardListSelector(BOARD);
    const doc = add(sessionWithBoards(), note('mine', 12, 60));
    const first = select(doc);
    const elsewhere = add(doc, { ...note('theirs', 12, 60), boardId: 'board:other' as BoardId });
    expect(select(elsewhere)).toBe(first);
    expect(select(add(elsewhere, note('another', 12, 200)))).not.toBe(first);
  });
});

describe('where the list view puts a note', () => {
  it('puts it in the chosen zone, clear of the notes already there', () => {
    const doc = add(sessionWithBoards(), note('first', 464, 48));
    const zones = Object.values(doc.zones);
    const spot = spotFor(doc, BOARD, 'zone:downsides' as never);
    expect(zoneAt(zones, spot.x, spot.y)).toBe('zone:downsides');
    expect(spot).not.toEqual({ x: 464, y: 48 });
  });

  it('puts a “No zone” note outside every zone and clear of other loose notes', () => {
    let doc = sessionWithBoards();
    const zones = Object.values(doc.zones);
    const first = spotFor(doc, BOARD, null);
    expect(zoneAt(zones, first.x, first.y)).toBeNull();
    doc = add(doc, note('loose', first.x, first.y));
    const second = spotFor(doc, BOARD, null);
    expect(zoneAt(zones, second.x, second.y)).toBeNull();
    expect(second).not.toEqual(first);
  });
});
