import { describe, expect, it } from 'vitest';
import { createSampleSession, SAMPLE_NOTES } from '../../../shared/sample/sampleSession';
import { SessionDocumentSchema } from '../../../shared/document/schema';
import { benefitsAndRisks, NOW } from '../../helpers/sessions';

describe('the practice session', () => {
  it('is a valid session whose sample notes sit in the board’s columns, one each, apart from the deck’s cards', () => {
    const doc = createSampleSession([benefitsAndRisks()], NOW);
    expect(SessionDocumentSchema.safeParse(doc).success).toBe(true);
    const notes = Object.values(doc.notes).filter((n) => n.kind === 'participant');
    expect(notes.map((n) => n.text)).toEqual([...SAMPLE_NOTES]);
    const zones = Object.values(doc.zones).sort((a, b) => a.order - b.order);
    expect(notes.map((n) => n.zoneId)).toEqual(SAMPLE_NOTES.map((_, i) => zones[i % zones.length].id));
    const spots = new Set(Object.values(doc.notes).map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(Object.keys(doc.notes).length);
  });

  it('uses the first template when Benefits and risks is missing, and is an empty session with none', () => {
    const other = { ...benefitsAndRisks(), id: 'local.custom', title: 'Our own exercise' };
    expect(Object.values(createSampleSession([other], NOW).exercises).map((e) => e.title)).toEqual([
      'Our own exercise',
    ]);
    const empty = createSampleSession([], NOW);
    expect(Object.keys(empty.exercises)).toEqual([]);
    expect(SessionDocumentSchema.safeParse(empty).success).toBe(true);
  });
});
