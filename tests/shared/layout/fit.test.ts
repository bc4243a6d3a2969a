import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionDocument } from '../../../shared/document/create';
import { zonesOfBoard } from '../../../shared/document/geometry';
import { fitForReading } from '../../../shared/layout/fit';
import { ExerciseTemplateSchema } from '../../../shared/templates/schema';
import { instantiateTemplate } from '../../../shared/templates/instantiate';

function board(id: string) {
  const file = path.join(import.meta.dirname, '..', '..', '..', 'resources', 'templates', `${id}.json`);
  const template = ExerciseTemplateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const doc = createSessionDocument(
    { name: 'E', date: '2025-03-04', location: 'L', facilitator: 'S', shift: null },
    '2025-03-04T10:00:00.000Z',
  );
  const added = instantiateTemplate(doc, template, '2025-03-04T10:00:00.000Z');
  const boardId = added.boards[0].id;
  const zones = zonesOfBoard({ ...doc, zones: Object.fromEntries(added.zones.map((z) => [z.id, z])) }, boardId);
  return { zones, notes: added.notes.filter((n) => n.boardId === boardId) };
}

describe('fit on the facilitator’s board', () => {
  it('shows the whole board when its notes can still be read', () => {
    const { zones, notes } = board('h2c.d2.ex1');
    const view = fitForReading(zones, notes, { width: 1600, height: 1000 }, 0.4)!;
    expect(view.scale).toBeGreaterThanOrEqual(0.4);
    expect(zones[0].x * view.scale + view.x).toBeGreaterThanOrEqual(0);
    const last = zones[zones.length - 1];
    expect((last.x + last.width) * view.scale + view.x).toBeLessThanOrEqual(1600);
  });

  it('never zooms out so far that the notes turn to grey lines: the zones’ tops stay in view instead', () => {
    for (const id of ['a2d.dg2.ex2b', 'h2c.d1', 'h2c.d1.ex1']) {
      const { zones, notes } = board(id);
      const view = fitForReading(zones, notes, { width: 700, height: 420 }, 0.4)!;
      expect(view.scale, id).toBeGreaterThanOrEqual(0.4);
      const top = Math.min(...zones.map((z) => z.y)) * view.scale + view.y;
      expect(top, id).toBeGreaterThanOrEqual(0);
      expect(top, id).toBeLessThan(420 / 2);
    }
  });

  it('has nothing to fit on an empty board', () => {
    expect(fitForReading([], [], { width: 800, height: 600 }, 0.4)).toBeNull();
  });
});
