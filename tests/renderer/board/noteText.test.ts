import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../renderer/src/board/noteText';

// Every character is 10 units wide, so a 100-unit line holds 10 characters.
const measure = (s: string) => s.length * 10;

describe('wrapText', () => {
  it('wraps at spaces', () => {
    expect(wrapText('more time with patients at home', 100, 5, measure)).toEqual([
      'more time',
      'with',
      'patients',
      'at home',
    ]);
  });

  it("keeps the writer's line breaks and drops trailing blank lines", () => {
    expect(wrapText('Pros\n\nCons\n\n', 100, 5, measure)).toEqual(['Pros', '', 'Cons']);
  });

  it('splits a word too long for a line', () => {
    expect(wrapText('interprofessional', 100, 5, measure)).toEqual(['interprofe', 'ssional']);
  });

  it('ends with an ellipsis when the text does not fit', () => {
    const lines = wrapText('one two three four five six seven eight', 100, 2, measure);
    expect(lines).toEqual(['one two', 'three…']);
    expect(lines.every((l) => measure(l) <= 100)).toBe(true);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('', 100, 4, measure)).toEqual([]);
    expect(wrapText('   ', 100, 4, measure)).toEqual([]);
  });
});

describe('wrapText ellipsis', () => {
  it('cuts mid-word only when no space keeps most of the line', () => {
    expect(wrapText('abcdefghij klmnopqrst uvwxyz', 100, 1, measure)).toEqual(['abcdefghi…']);
  });
});
