import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExerciseTemplateSchema } from '../../shared/templates/schema';
import { zonesOfBoard, noteRect } from '../../shared/document/geometry';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { benefitsAndRisks, sessionWithExercise } from '../helpers/sessions';

const templatesDir = path.join(import.meta.dirname, '..', '..', 'resources', 'templates');

describe('shipped exercise templates', () => {
  it.each(readdirSync(templatesDir).filter((f) => f.endsWith('.json')))('%s passes the template schema', (file) => {
    const parsed = ExerciseTemplateSchema.safeParse(JSON.parse(readFileSync(path.join(templatesDir, file), 'utf-8')));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(`${parsed.data?.id}.json`).toBe(file);
  });

  it('Benefits and risks carries the deck’s ten cards verbatim, and marks the Mitigations column as ours', () => {
    const t = benefitsAndRisks();
    expect(t.source).toMatchObject({ deck: '000', slideTitle: 'Exercise 1: Benefits and risks' });
    expect(t.zones.map((z) => [z.label, z.source])).toEqual([
      ['Potential benefits', 'seed'],
      ['Potential downsides', 'seed'],
      ['Mitigations', 'ours'],
    ]);
    expect(t.referenceCards).toHaveLength(10);
    expect(t.referenceCards).toContainEqual({ zone: 'downsides', text: "Safety concerns when working in patients' homes.", kind: 'stimulus' });
  });

  it('running it puts every reference card inside its own zone, without overlapping', () => {
    const { doc, boardId } = sessionWithExercise();
    const zones = zonesOfBoard(doc, boardId);
    const cards = Object.values(doc.notes).filter((n) => n.boardId === boardId);
    expect(cards).toHaveLength(10);
    for (const card of cards) {
      const zone = zones.find((z) => z.id === card.zoneId)!;
      const r = noteRect(card);
      expect(r.x >= zone.x && r.x + r.width <= zone.x + zone.width && r.y + r.height <= zone.y + zone.height).toBe(true);
    }
    expect(new Set(cards.map((c) => `${c.x},${c.y}`)).size).toBe(cards.length);
  });
});

describe('the renderer’s Content Security Policy', () => {
  it('is the same in index.html as in the headers both hosts send', () => {
    const html = readFileSync(path.join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf-8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const headerLessFrameAncestors = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta?.replace(/\s+/g, ' ').trim()).toBe(headerLessFrameAncestors);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
