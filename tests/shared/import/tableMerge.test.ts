import { describe, expect, it } from 'vitest';
import type { SessionDocument } from '../../../shared/document/schema';
import { parseExportText } from '../../../shared/import/parseExport';
import { tableMergeOf } from '../../../shared/import/tableMerge';
import { applyOperation } from '../../../shared/operations/registry';
import { buildSession, exportOf, firstTable, templateOf, type TableSpec } from '../../helpers/generatedSessions';

// Merging tables' exports from several laptops into the facilitator's session, by example:
// the case an organiser met (Table 3 then Table 4 of one event).

const NOW = '2026-11-05T17:00:00.000Z';

/** One laptop's table, with dots on every note of the first board. */
function laptopTable(dots: number[]): TableSpec {
  const note = (text: string) => ({ text, zone: 0, staffGroup: 'nurse' as const, source: 'staff' as const });
  const empty = { notes: [], groups: [], dots: [], ratings: [], stances: [], links: [], voting: 'closed' as const };
  return {
    participantCount: 6,
    boards: [
      {
        ...empty,
        notes: dots.map((_, i) => note(`Note ${i + 1}`)),
        dots: dots.map((count, i) => [i, count] as [number, number]),
        voting: 'revealed',
      },
      { ...empty, ratings: [[0, 4, 3]], voting: 'revealed' },
      { ...empty, stances: [['before', 0, 5]], voting: 'revealed' },
    ],
  };
}

function merged(doc: SessionDocument, source: string, laptop: SessionDocument): SessionDocument {
  const plan = tableMergeOf(doc, exportOf(laptop, firstTable(laptop)), source, templateOf);
  if (!plan.ok) throw new Error(plan.error.message);
  const applied = applyOperation(doc, plan.value.operation, NOW);
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.value;
}

const dotsOn = (doc: SessionDocument, tableId: string) => {
  const boards = new Set(
    Object.values(doc.boards)
      .filter((b) => b.tableId === tableId)
      .map((b) => b.id as string),
  );
  return Object.values(doc.votes)
    .filter((v) => v.kind === 'dot' && boards.has(v.boardId))
    .reduce((sum, v) => sum + v.count, 0);
};

describe('merging two tables of one event into a fresh session', () => {
  it('keeps every vote of the first table when the second is merged', () => {
    const table3 = buildSession([laptopTable([9, 8, 7, 6, 5, 4])], 'Table 3 laptop');
    const table4 = buildSession([laptopTable([2, 2, 2])], 'Table 4 laptop');
    const fresh = buildSession([laptopTable([1])], 'Facilitator');
    const after3 = merged(fresh, 'table-3.roundtable-export.json', table3);
    const id3 = firstTable(table3);
    expect(dotsOn(after3, id3)).toBe(39);
    const after4 = merged(after3, 'table-4.roundtable-export.json', table4);
    expect(dotsOn(after4, id3)).toBe(39);
    expect(dotsOn(after4, firstTable(table4))).toBe(6);
    // Ratings and stances of all three tables are all still there too.
    const ratings = Object.values(after4.votes).filter((v) => v.kind === 'rating');
    const stances = Object.values(after4.votes).filter((v) => v.kind === 'stance');
    expect(ratings.reduce((s, v) => s + v.count, 0)).toBe(9);
    expect(stances.reduce((s, v) => s + v.count, 0)).toBe(15);
    // And the export of the result says the same.
    const data = exportOf(after4);
    const dotsIn = (tableId: string) =>
      data.votes.filter((v) => v.tableId === tableId).reduce((s, v) => s + v.dots.reduce((t, d) => t + d.count, 0), 0);
    expect(dotsIn(id3)).toBe(39);
  });
});

describe('the table-merge door', () => {
  const laptop = () => buildSession([laptopTable([3, 1])], 'Table 3 laptop');

  it('refuses a note placed 30 digits away when it plans the merge, naming the file', () => {
    const mine = buildSession([laptopTable([1])], 'Facilitator');
    const theirs = laptop();
    const data = exportOf(theirs, firstTable(theirs));
    const far = { ...data, notes: data.notes.map((n, i) => (i === 0 ? { ...n, position: { x: 1e30, y: 0 } } : n)) };
    const plan = tableMergeOf(mine, far, 'table-3.roundtable-export.json', templateOf);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.error.message).toMatch(
      /^"table-3\.roundtable-export\.json" cannot be merged: notes › \d+ › x/,
    );
  });

  it('refuses a file whose scope names a table it does not hold, at both doors', () => {
    const theirs = laptop();
    const data = exportOf(theirs, firstTable(theirs));
    const text = JSON.stringify({ ...data, scope: { kind: 'table', tableId: 'table:elsewhere' } });
    const parsed = parseExportText(text, 'table-3.json');
    expect(!parsed.ok && parsed.error.message).toMatch(
      /"table-3\.json" does not hold together: scope › tableId: table:elsewhere is not one of the export's tables/,
    );
  });

  it('refuses a table whose records this session already has, whatever their type', () => {
    const theirs = laptop();
    const data = exportOf(theirs, firstTable(theirs));
    // The facilitator's session already holds the laptop's groups and links (copied by hand, say), under another table.
    const mine = buildSession([laptopTable([1])], 'Facilitator');
    const zone = Object.values(mine.zones)[0];
    const copied = { ...mine, zones: { ...mine.zones, [data.zones[0].id]: { ...zone, id: data.zones[0].id } } };
    const plan = tableMergeOf(copied as SessionDocument, data, 'table-3.json', templateOf);
    expect(!plan.ok && plan.error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(data.zones[0].id),
    });
  });
});
