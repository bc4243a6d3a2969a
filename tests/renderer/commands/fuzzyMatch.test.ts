import { describe, expect, it } from 'vitest';
import { fuzzyMatch } from '../../../renderer/src/commands/fuzzyMatch';

describe('the command palette’s matching', () => {
  it('matches letters in order, ignoring case and spaces', () => {
    expect(fuzzyMatch('addex', 'Add exercise')).not.toBeNull();
    expect(fuzzyMatch('ADD EX', 'Add exercise')).not.toBeNull();
    expect(fuzzyMatch('xa', 'Add exercise')).toBeNull();
  });

  it('matches everything when the query is empty', () => {
    expect(fuzzyMatch('', 'Zoom in')).toEqual({ score: 0, positions: [] });
  });

  it('ranks word starts above letters in the middle of words', () => {
    const zoomIn = fuzzyMatch('zi', 'Zoom in')!;
    const resize = fuzzyMatch('zi', 'Resize image')!;
    expect(zoomIn.score).toBeGreaterThan(resize.score);
    expect(zoomIn.positions).toEqual([0, 5]);
  });

  it('ranks a plain substring first', () => {
    const titles = ['Toggle sessions side bar', 'Delete selected notes', 'Delete session'];
    const ranked = titles
      .map((t) => ({ t, m: fuzzyMatch('delete s', t) }))
      .filter((r) => r.m)
      .sort((a, b) => b.m!.score - a.m!.score);
    expect(ranked.map((r) => r.t).slice(0, 2)).toEqual(
      expect.arrayContaining(['Delete session', 'Delete selected notes']),
    );
  });

  it('still finds a match when preferring word starts would strand a letter', () => {
    expect(fuzzyMatch('ab', 'xa yb a')).not.toBeNull();
  });
});
