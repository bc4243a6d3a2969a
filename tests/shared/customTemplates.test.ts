import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionDocument } from '../../shared/document/create';
import {
  buildCustomTemplate,
  customTemplateId,
  validateCustomExercise,
  type CustomExerciseInput,
} from '../../shared/templates/custom';
import { templateFromExercise } from '../../shared/templates/fromExercise';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { layoutZones } from '../../shared/templates/layout';
import { ExerciseTemplateSchema, type ExerciseTemplate } from '../../shared/templates/schema';
import { operation } from '../../shared/operations/registry';
import { applied, benefitsAndRisks, NOW, sessionWithExercise } from '../helpers/sessions';

const INPUT: CustomExerciseInput = {
  title: 'National or local?',
  prompt: 'Where should this be decided?',
  zones: ['National', ' ', 'Local'],
  layout: 'spectrum',
  voting: { kind: 'rating', question: 'How strongly do you feel?', scale: 5 },
};

function shipped(id: string): ExerciseTemplate {
  const file = path.join(import.meta.dirname, '..', '..', 'resources', 'templates', `${id}.json`);
  return ExerciseTemplateSchema.parse(JSON.parse(readFileSync(file, 'utf-8')));
}

describe('a facilitator’s own exercise', () => {
  it('becomes a valid template that cites no deck, marks everything ours, and skips blank zone lines', () => {
    const t = buildCustomTemplate(INPUT, new Set(), '2025-03-04');
    expect(ExerciseTemplateSchema.safeParse(t).success).toBe(true);
    expect(t).toMatchObject({
      id: 'custom.national_or_local',
      version: 1,
      layout: { kind: 'spectrum' },
      referenceCards: [],
    });
    expect(t.source).toEqual({
      decks: [],
      slideTitle: null,
      promptSource: 'ours',
      notes: 'Made by the facilitator in Roundtable on 2025-03-04.',
    });
    expect(t.zones).toEqual([
      { key: 'national', label: 'National', source: 'ours' },
      { key: 'local', label: 'Local', source: 'ours' },
    ]);
    expect(t.voting).toEqual({
      source: 'ours',
      dots: null,
      rating: { question: 'How strongly do you feel?', scale: 5 },
      stance: null,
    });
  });

  it('gets an id no other template has', () => {
    expect(
      customTemplateId('National or local?', new Set(['custom.national_or_local', 'custom.national_or_local_2'])),
    ).toBe('custom.national_or_local_3');
    expect(customTemplateId('¿¡!!', new Set())).toBe('custom.exercise');
  });

  it('says what is wrong with each field', () => {
    const errors = validateCustomExercise({
      title: ' ',
      prompt: '',
      zones: ['From', 'Via', 'To'],
      layout: 'fromTo',
      voting: { kind: 'dots', perParticipant: 3, perItem: 5 },
    });
    expect(errors.title).toMatch(/Enter a title/);
    expect(errors.prompt).toMatch(/Enter the question/);
    expect(errors.zones).toBe('From → To needs exactly two zones (from, then to); this has 3.');
    expect(errors.voting).toMatch(/between 1 and the 3 dots/);
    expect(validateCustomExercise({ ...INPUT, zones: ['Local', 'local'] }).zones).toMatch(/both called “local”/);
    expect(validateCustomExercise({ ...INPUT, zones: ['Only one'] }).zones).toMatch(
      /spectrum needs at least two zones/,
    );
    expect(validateCustomExercise(INPUT)).toEqual({});
  });

  it('a spectrum lays its positions side by side in one band, in order, and the schema wants two ends', () => {
    const placed = layoutZones(
      buildCustomTemplate({ ...INPUT, zones: ['Against', 'Unsure', 'For'] }, new Set(), '2025-03-04'),
    );
    expect(placed.map((z) => z.label)).toEqual(['Against', 'Unsure', 'For']);
    expect(new Set(placed.map((z) => z.y)).size).toBe(1);
    for (let i = 1; i < placed.length; i++) expect(placed[i].x).toBeGreaterThan(placed[i - 1].x + placed[i - 1].width);
    const one = {
      ...buildCustomTemplate(INPUT, new Set(), '2025-03-04'),
      zones: [{ key: 'x', label: 'X', source: 'ours' as const }],
    };
    expect(ExerciseTemplateSchema.safeParse(one).error?.issues[0].message).toMatch(/at least two zones/);
  });

  it('a template citing no deck may not claim the deck’s words, and one citing a deck names its slide', () => {
    const t = buildCustomTemplate(INPUT, new Set(), '2025-03-04');
    expect(ExerciseTemplateSchema.safeParse({ ...t, source: { ...t.source, promptSource: 'seed' } }).success).toBe(
      false,
    );
    expect(
      ExerciseTemplateSchema.safeParse({ ...t, zones: [{ ...t.zones[0], source: 'seed' }, t.zones[1]] }).success,
    ).toBe(false);
    const b = benefitsAndRisks();
    expect(ExerciseTemplateSchema.safeParse({ ...b, source: { ...b.source, slideTitle: null } }).success).toBe(false);
  });
});

describe('saving an exercise as a template', () => {
  it('keeps a shipped exercise’s slide, layout, zones, cards, voting and tags under the new name', () => {
    const { doc } = sessionWithExercise();
    const exercise = Object.values(doc.exercises)[0];
    const origin = benefitsAndRisks();
    const t = templateFromExercise(doc, exercise.id, 'Our benefits board', [origin], '2025-03-05');
    expect(ExerciseTemplateSchema.safeParse(t).success).toBe(true);
    expect(t).toMatchObject({
      id: 'custom.our_benefits_board',
      title: 'Our benefits board',
      layout: origin.layout,
      voting: origin.voting,
      tags: origin.tags,
    });
    expect(t.source).toMatchObject({
      decks: origin.source.decks,
      slideTitle: origin.source.slideTitle,
      promptSource: origin.source.promptSource,
    });
    expect(t.zones).toEqual(origin.zones);
    expect(t.referenceCards).toEqual(origin.referenceCards);
  });

  it('of a matrix keeps its rows and columns, and of a renamed zone marks that zone ours', () => {
    const matrix = shipped('a2d.dg2.ex2a');
    const empty = createSessionDocument({ name: 'E', date: '', location: '', facilitator: '', shift: null }, NOW);
    const doc = applied(empty, operation('addExercise', instantiateTemplate(empty, matrix, NOW)));
    const t = templateFromExercise(doc, Object.keys(doc.exercises)[0] as never, 'Our matrix', [matrix], '2025-03-05');
    expect(ExerciseTemplateSchema.safeParse(t).success).toBe(true);
    expect(t.layout).toEqual(matrix.layout);
    expect(t.zones).toEqual(matrix.zones);
    expect(t.referenceCards.map((c) => c.zone).sort()).toEqual(matrix.referenceCards.map((c) => c.zone).sort());

    const { doc: d2 } = sessionWithExercise();
    const zone = Object.values(d2.zones).find((z) => z.label === 'Potential benefits')!;
    const renamed = { ...d2, zones: { ...d2.zones, [zone.id]: { ...zone, label: 'Gains' } } };
    const t2 = templateFromExercise(
      renamed,
      Object.keys(d2.exercises)[0] as never,
      'Renamed',
      [benefitsAndRisks()],
      '2025-03-05',
    );
    expect(t2.zones[0]).toEqual({ key: 'gains', label: 'Gains', source: 'ours' });
  });

  it('of an exercise from no known template is the facilitator’s own', () => {
    const { doc } = sessionWithExercise();
    const t = templateFromExercise(doc, Object.keys(doc.exercises)[0] as never, 'Copy', [], '2025-03-05');
    expect(ExerciseTemplateSchema.safeParse(t).success).toBe(true);
    expect(t.source).toMatchObject({ decks: [], slideTitle: null, promptSource: 'ours' });
    expect(t.layout).toEqual({ kind: 'columns' });
    expect(t.zones.every((z) => z.source === 'ours')).toBe(true);
  });
});
