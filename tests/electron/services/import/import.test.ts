import { describe, expect, it } from 'vitest';
import { exportSessionDocument } from '../../../../electron/services/export/exportService';
import type { SessionExport } from '../../../../shared/export/schema';
import type { SessionId, TableId } from '../../../../shared/ids';
import { applyOperation, invertOperation, operation } from '../../../../shared/operations/registry';
import { instantiateTemplate } from '../../../../shared/templates/instantiate';
import { exportFixtureSession, FIXTURE_EXPORT } from '../../../fixtures/exportSession';
import { EVENT, servicesFor } from '../../../helpers/services';
import { participantNote } from '../../../helpers/sessions';
import { tempFolder } from '../../../helpers/tempFolder';
import { folderState } from '../../../helpers/folderState';

// Import as a user meets it: a file from elsewhere, through the real services, into a real
// data folder. The round trip (export → import → export) must give the same export.

const ctx = { clientId: 'import-test' };
const exportOf = (doc = exportFixtureSession()) =>
  JSON.parse(exportSessionDocument(doc, { ...FIXTURE_EXPORT, review: null }).files[0].content) as SessionExport;

describe('importing a session export', () => {
  it('gives back the same session: exporting the import gives the same export, hash included', async () => {
    const original = exportOf();
    const services = await servicesFor(await tempFolder());
    const summary = await services.importSessionExport(
      ctx,
      'leeds.roundtable-export.json',
      JSON.stringify(original, null, 2),
    );
    expect(summary).toMatchObject({ id: 'session:leeds2026', eventName: 'Leeds listening event', noteCount: 7 });
    const imported = await services.openSession(ctx, summary.id);
    expect(exportOf(imported)).toEqual(original);
    // The board looks as it did: positions and zone frames come back.
    expect(imported.notes['note:n1' as never]).toMatchObject({
      x: exportFixtureSession().notes['note:n1' as never].x,
      y: exportFixtureSession().notes['note:n1' as never].y,
    });
    await services.flushAll();
  });

  it('refuses a second import of the same session in the same state, and keeps a changed one beside it as a copy', async () => {
    const services = await servicesFor(await tempFolder());
    const text = JSON.stringify(exportOf());
    await services.importSessionExport(ctx, 'a.json', text);
    await expect(services.importSessionExport(ctx, 'a.json', text)).rejects.toThrow(/already in your sessions/);
    const later = exportFixtureSession();
    const changed = exportOf({ ...later, updatedAt: '2026-03-14T15:00:00.000Z' });
    const copy = await services.importSessionExport(ctx, 'later.json', JSON.stringify(changed));
    expect(copy.id).not.toBe('session:leeds2026');
    expect(copy.eventName).toMatch(/\(imported \d{4}-\d\d-\d\d\)$/);
    expect((await services.listSessions()).length).toBe(2);
    await services.flushAll();
  });

  it('refuses a changed file with a message that says so, and changes nothing on disk', async () => {
    const dir = await tempFolder();
    const services = await servicesFor(dir);
    await services.createSession(ctx, EVENT);
    await services.flushAll();
    const before = await folderState(dir);
    const edited = {
      ...exportOf(),
      notes: exportOf().notes.map((n, i) => (i === 1 ? { ...n, text: 'Edited after export' } : n)),
    };
    await expect(services.importSessionExport(ctx, 'edited.json', JSON.stringify(edited))).rejects.toThrow(
      /"edited.json" was changed after it was exported/,
    );
    await expect(
      services.importSessionExport(
        ctx,
        'table.json',
        JSON.stringify({ ...exportOf(), notes: [{ ...exportOf().notes[0], zoneId: 'zone:nowhere' }] }),
      ),
    ).rejects.toThrow(/notes › 0 › zoneId: zone:nowhere is not one of the export's zones/);
    await services.flushAll();
    expect(await folderState(dir)).toEqual(before);
  });
});

describe('merging a table from another laptop', () => {
  async function facilitatorAndTable() {
    const services = await servicesFor(await tempFolder());
    const templates = await services.listTemplates();
    const template = templates.find((t) => t.id === 'h2c.d2.ex1')!;
    // The facilitator's session and the table laptop's: planned alike, made apart.
    const mine = await services.createSession(ctx, EVENT);
    await services.applyOperation(
      ctx,
      mine.id,
      operation('addExercise', instantiateTemplate(mine, template, new Date().toISOString())),
    );
    const theirs = await services.createSession(ctx, { ...EVENT, name: 'Table 3 laptop' });
    const exercise = instantiateTemplate(theirs, template, new Date().toISOString());
    await services.applyOperation(ctx, theirs.id, operation('addExercise', exercise));
    const notes = ['Parking at the health centre', 'Lone working on visits'].map((t, i) =>
      participantNote(exercise.boards[0].id, t, 100 * i, 300),
    );
    await services.applyOperation(ctx, theirs.id, operation('addNotes', { notes }));
    const [tableId] = Object.keys((await services.openSession(ctx, theirs.id)).tables) as TableId[];
    const tableExport = await services.exportTable(ctx, theirs.id, tableId, null);
    const whole = await services.exportSession(ctx, theirs.id, null);
    return {
      services,
      mine: mine.id as SessionId,
      tableId,
      text: tableExport.files[0].content,
      names: { table: tableExport.files.map((f) => f.name), whole: whole.files.map((f) => f.name) },
    };
  }

  it('adds the table with its board and notes under the same exercise, once; a second import is refused', async () => {
    const { services, mine, tableId, text } = await facilitatorAndTable();
    const data = JSON.parse(text) as SessionExport;
    expect(data.scope).toEqual({ kind: 'table', tableId });
    const plan = await services.planTableMerge(ctx, mine, 'table-3.json', text);
    expect(plan).toMatchObject({ tableName: 'Table 1', notes: 2, operation: { name: 'addTable' } });
    await services.applyOperation(ctx, mine, plan.operation);
    const doc = await services.openSession(ctx, mine);
    expect(Object.keys(doc.tables)).toContain(tableId);
    const [exerciseId] = Object.keys(doc.exercises);
    const board = Object.values(doc.boards).find((b) => b.tableId === tableId)!;
    expect(board.exerciseId).toBe(exerciseId);
    expect(
      Object.values(doc.notes)
        .filter((n) => n.boardId === board.id && n.kind === 'participant')
        .map((n) => n.text)
        .sort(),
    ).toEqual(['Lone working on visits', 'Parking at the health centre']);
    await expect(services.planTableMerge(ctx, mine, 'table-3.json', text)).rejects.toThrow(/already in this session/);
    expect(Object.keys((await services.openSession(ctx, mine)).tables)).toHaveLength(2);
    await services.flushAll();
  });

  it('names a table’s export files after the table, apart from the whole session’s', async () => {
    const { services, names } = await facilitatorAndTable();
    expect(names.table[0]).toBe('2025-03-04-table-3-laptop-table-1.roundtable-export.json');
    expect(names.whole[0]).toBe('2025-03-04-table-3-laptop.roundtable-export.json');
    expect(names.table.filter((n) => names.whole.includes(n))).toEqual([]);
    await services.flushAll();
  });

  it('is one step that Undo takes back', async () => {
    const { services, mine, tableId, text } = await facilitatorAndTable();
    const before = await services.openSession(ctx, mine);
    const { operation: merge } = await services.planTableMerge(ctx, mine, 'table-3.json', text);
    await services.applyOperation(ctx, mine, merge);
    const after = await services.openSession(ctx, mine);
    const undo = invertOperation(before, merge);
    const undone = applyOperation(after, undo, new Date().toISOString());
    expect(after.tables[tableId]).toBeDefined();
    expect(undone.ok && Object.keys(undone.value.notes).sort()).toEqual(Object.keys(before.notes).sort());
    expect(undone.ok && undone.value.tables[tableId]).toBeUndefined();
    await services.flushAll();
  });

  it('refuses a whole session’s export, naming what to do instead', async () => {
    const { services, mine } = await facilitatorAndTable();
    await expect(services.planTableMerge(ctx, mine, 'whole.json', JSON.stringify(exportOf()))).rejects.toThrow(
      /holds 2 tables/,
    );
    await services.flushAll();
  });
});
