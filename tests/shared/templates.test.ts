import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExerciseTemplateSchema } from '../../shared/templates/schema';
import { NOTE_SIZE, noteRect, rectsIntersect, zonesOfBoard } from '../../shared/document/geometry';
import { layoutZones, placeReferenceCards, zoneForCard } from '../../shared/templates/layout';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { benefitsAndRisks, NOW, sessionWithExercise } from '../helpers/sessions';
import { createSessionDocument } from '../../shared/document/create';
import { SessionDocumentSchema } from '../../shared/document/schema';
import { applyOperation, operation } from '../../shared/operations/registry';
import { OperationSchema } from '../../shared/operations/operationSchemas';
import { instantiateTemplate } from '../../shared/templates/instantiate';

const templatesDir = path.join(import.meta.dirname, '..', '..', 'resources', 'templates');

describe('shipped exercise templates', () => {
  it.each(readdirSync(templatesDir).filter((f) => f.endsWith('.json')))('%s passes the template schema', (file) => {
    const parsed = ExerciseTemplateSchema.safeParse(JSON.parse(readFileSync(path.join(templatesDir, file), 'utf-8')));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(`${parsed.data?.id}.json`).toBe(file);
  });

  it('Benefits and risks carries the deck’s ten cards verbatim, and marks the Mitigations column as ours', () => {
    const t = benefitsAndRisks();
    expect(t.source).toMatchObject({
      decks: [{ id: '000', title: 'Shifting from hospital to community' }],
      slideTitle: 'Exercise 1: Benefits and risks',
    });
    expect(t.zones.map((z) => [z.label, z.source])).toEqual([
      ['Potential benefits', 'seed'],
      ['Potential downsides', 'seed'],
      ['Mitigations', 'ours'],
    ]);
    expect(t.referenceCards).toHaveLength(10);
    expect(t.referenceCards).toContainEqual({
      zone: 'potential-downsides',
      group: null,
      text: "Safety concerns when working in patients' homes.",
      kind: 'stimulus',
    });
    expect(t.voting?.dots).toEqual({ perParticipant: 3, perItem: null, perZone: true });
  });

  it('running it puts every reference card inside its own zone, without overlapping', () => {
    const { doc, boardId } = sessionWithExercise();
    const zones = zonesOfBoard(doc, boardId);
    const cards = Object.values(doc.notes).filter((n) => n.boardId === boardId);
    expect(cards).toHaveLength(10);
    for (const card of cards) {
      const zone = zones.find((z) => z.id === card.zoneId)!;
      const r = noteRect(card);
      expect(r.x >= zone.x && r.x + r.width <= zone.x + zone.width && r.y + r.height <= zone.y + zone.height).toBe(
        true,
      );
    }
    expect(new Set(cards.map((c) => `${c.x},${c.y}`)).size).toBe(cards.length);
  });
});

const ALL_TEMPLATE_IDS = [
  'ctx.why_hard',
  'ctx.current_barriers',
  'h2c.d1',
  'h2c.d1.ex1',
  'h2c.d1.ex2a',
  'h2c.d1.ex2b',
  'h2c.d2',
  'h2c.d2.ex1',
  'h2c.d2.ex2',
  'h2c.d3',
  'a2d.dg1',
  'a2d.dg2.ex1',
  'a2d.dg2.ex2a',
  'a2d.dg2.ex2b',
  'a2d.dg2.ex3',
  'a2d.dg3',
  'ccg1',
  'ccg2',
  'ccg3',
  'ccg4',
];

function shippedTemplates() {
  return readdirSync(templatesDir).map((f) =>
    ExerciseTemplateSchema.parse(JSON.parse(readFileSync(path.join(templatesDir, f), 'utf-8'))),
  );
}

describe('every exercise of the two decks', () => {
  it('ships all twenty templates, with the decks’ 232 cards and ccg4’s four national/local themes', () => {
    const templates = shippedTemplates();
    expect(templates.map((t) => t.id).sort()).toEqual([...ALL_TEMPLATE_IDS].sort());
    expect(templates.reduce((n, t) => n + t.referenceCards.length, 0)).toBe(236);
  });

  it.each(ALL_TEMPLATE_IDS)('%s lays out its zones apart and its cards inside their zones, none on another', (id) => {
    const template = shippedTemplates().find((t) => t.id === id)!;
    const zones = layoutZones(template);
    for (const [i, a] of zones.entries()) {
      for (const b of zones.slice(i + 1)) expect(rectsIntersect(a, b), `${a.label} / ${b.label}`).toBe(false);
    }
    const spots = placeReferenceCards(template.referenceCards, zones);
    template.referenceCards.forEach((card, i) => {
      const r = { ...spots[i], ...NOTE_SIZE };
      const zone = zoneForCard(card, zones);
      if (zone)
        expect(
          r.x >= zone.x &&
            r.y >= zone.y &&
            r.x + r.width <= zone.x + zone.width &&
            r.y + r.height <= zone.y + zone.height,
          card.text,
        ).toBe(true);
      else
        expect(
          zones.some((z) => rectsIntersect(r, z)),
          card.text,
        ).toBe(false);
    });
    expect(new Set(spots.map((p) => `${p.x},${p.y}`)).size).toBe(spots.length);
  });

  it.each(ALL_TEMPLATE_IDS)('%s can be added to a session, giving a valid document', (id) => {
    const template = shippedTemplates().find((t) => t.id === id)!;
    const empty = createSessionDocument({ name: 'Event', date: '', location: '', facilitator: '', shift: null }, NOW);
    const op = operation('addExercise', instantiateTemplate(empty, template, NOW));
    expect(OperationSchema.safeParse(op).success).toBe(true);
    const added = applyOperation(empty, op, NOW);
    expect(added.ok && SessionDocumentSchema.safeParse(added.value).error).toBeUndefined();
    expect(added.ok && Object.values(added.value.notes).filter((n) => n.kind === 'reference')).toHaveLength(
      template.referenceCards.length,
    );
  });

  it('a matrix becomes one zone per row and column, marking the columns we added as ours', () => {
    const template = shippedTemplates().find((t) => t.id === 'a2d.dg2.ex2a')!;
    const zones = layoutZones(template);
    expect(zones).toHaveLength(8);
    expect(zones[0]).toMatchObject({ label: 'Banking · Feature seen elsewhere', source: 'ours' });
  });

  it('the AI use-case exercise asks for a 1 to 5 rating and three dots, and offers the deck’s risk categories', () => {
    const template = shippedTemplates().find((t) => t.id === 'a2d.dg2.ex2b')!;
    expect(template.voting).toMatchObject({ rating: { scale: 5 }, dots: { perParticipant: 3 } });
    expect(template.tags.find((t) => t.key === 'risk-category')?.values).toEqual([
      'Bias',
      'Error',
      'Privacy',
      'Trust',
      'Inequalities',
      'Other',
    ]);
  });
});

describe('the renderer’s Content Security Policy', () => {
  it.each(['index.html', 'present.html'])('is the same in %s as in the headers both hosts send', (page) => {
    const html = readFileSync(path.join(import.meta.dirname, '..', '..', 'renderer', page), 'utf-8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const headerLessFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta?.replace(/\s+/g, ' ').trim()).toBe(headerLessFrameAncestors);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
