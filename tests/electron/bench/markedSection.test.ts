import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marksFor, replaceMarkedSection } from '../../../scripts/lib/markedSection';

// The theme benchmark rewrites docs/bench/themes.md, which also holds trials written by hand:
// only the marked section may change, whatever is around it.
const marks = marksFor('scripts/bench/themes.ts');
const text = fc.string().filter((s) => !s.includes('<!--'));

describe('a generated section of a hand-kept document', () => {
  it('keeps everything before and after the marks, and holds the new section between them', () => {
    fc.assert(
      fc.property(text, text, text, text, (before, old, after, section) => {
        const doc = `${before}${marks.start}\n${old}\n${marks.end}${after}`;
        const out = replaceMarkedSection(doc, section, marks);
        expect(out.startsWith(`${before}${marks.start}\n`)).toBe(true);
        expect(out.endsWith(`${marks.end}${after}`)).toBe(true);
        const between = out.slice(
          before.length + marks.start.length + 1,
          out.length - after.length - marks.end.length - 1,
        );
        expect(between).toBe(section.replace(/\n+$/, ''));
      }),
    );
  });

  it('gives the same document when run again with the same section', () => {
    fc.assert(
      fc.property(text, text, (hand, section) => {
        const once = replaceMarkedSection(hand, section, marks);
        expect(replaceMarkedSection(once, section, marks)).toBe(once);
        expect(once).toContain(hand);
      }),
    );
  });

  it('says what to do when one mark is missing, and changes nothing', () => {
    expect(() => replaceMarkedSection(`hand table\n${marks.end}\n`, 'x', marks)).toThrow(/marks are broken.*put back/);
  });
});
