import { describe, expect, it } from 'vitest';
import {
  describeDeletion,
  describeMove,
  describeSelected,
  zoneChanged,
} from '../../../renderer/src/board/announcements';
import type { SessionDocument } from '../../../shared/document/schema';
import { note, zone } from './boardFixtures';

function docWith(notes: ReturnType<typeof note>[]): SessionDocument {
  const zones = [zone('Benefits', 0, 0), zone('Risks', 1, 500)];
  return {
    zones: Object.fromEntries(zones.map((z) => [z.id, z])),
    notes: Object.fromEntries(notes.map((n) => [n.id, n])),
  } as unknown as SessionDocument;
}

describe('board announcements', () => {
  it('names the selected note, its kind and its zone', () => {
    const doc = docWith([note('a', 0, 60, 'zone:Benefits')]);
    expect(describeSelected(doc, { ...doc.notes['note:a'], text: '  More   time\nwith patients ' })).toBe(
      'Selected: More time with patients in Benefits',
    );
    expect(describeSelected(doc, { ...doc.notes['note:a'], kind: 'reference', zoneId: null })).toBe(
      'Selected: reference card: a outside any zone',
    );
    expect(describeSelected(doc, { ...doc.notes['note:a'], text: '' })).toBe('Selected: empty note in Benefits');
  });

  it('says where moved notes landed', () => {
    const doc = docWith([note('a', 0, 60, 'zone:Risks'), note('b', 0, 60, 'zone:Risks'), note('c', 0, 60, null)]);
    expect(describeMove(doc, ['note:a'])).toBe('Note moved to Risks');
    expect(describeMove(doc, ['note:a', 'note:b'])).toBe('2 notes moved to Risks');
    expect(describeMove(doc, ['note:a', 'note:c'])).toBe('2 notes moved');
    expect(describeMove(doc, ['note:c'])).toBe('Note moved outside any zone');
  });

  it('notices a change of zone', () => {
    const before = docWith([note('a', 0, 60, 'zone:Benefits')]);
    expect(zoneChanged(before, docWith([note('a', 10, 60, 'zone:Benefits')]), ['note:a'])).toBe(false);
    expect(zoneChanged(before, docWith([note('a', 510, 60, 'zone:Risks')]), ['note:a'])).toBe(true);
  });

  it('counts deletions and explains reference cards that stay', () => {
    expect(describeDeletion(1, 0)).toBe('Note deleted');
    expect(describeDeletion(3, 0)).toBe('3 notes deleted');
    expect(describeDeletion(2, 1)).toBe("2 notes deleted. Reference cards can't be deleted, so one was kept.");
    expect(describeDeletion(1, 3)).toBe("Note deleted. Reference cards can't be deleted, so 3 were kept.");
    expect(describeDeletion(0, 2)).toMatch(/can't be edited or deleted/);
  });
});
