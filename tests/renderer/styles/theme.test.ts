import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luminanceOf, rgbOf, withAlpha } from '../../../renderer/src/board/theme';
import { nextTheme, resolveTheme, THEMES } from '../../../renderer/src/styles/theme';

/** The custom properties a stylesheet sets for `:root[data-theme='contrast']`. */
function contrastColours(file: string): Record<string, string> {
  const css = readFileSync(new URL(`../../../renderer/src/${file}`, import.meta.url), 'utf-8');
  const block = /:root\[data-theme='contrast'\] \{([^}]*)\}/.exec(css)![1];
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}
const ratio = (a: string, b: string) => {
  const [x, y] = [luminanceOf(a)!, luminanceOf(b)!].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
/** `top` at `alpha` over `base`, as the canvas blends a zone's tint. */
const over = (top: string, alpha: number, base: string) => {
  const [t, b] = [rgbOf(top)!, rgbOf(base)!];
  return `rgb(${t.map((v, i) => Math.round(v * alpha + b[i] * (1 - alpha))).join(', ')})`;
};

describe('choosing the theme', () => {
  it('follows the system until the user picks one: more contrast gives high contrast, else its scheme', () => {
    expect(resolveTheme('system', { moreContrast: true, dark: false })).toBe('contrast');
    expect(resolveTheme('system', { moreContrast: false, dark: true })).toBe('dark');
    expect(resolveTheme('system', { moreContrast: false, dark: false })).toBe('light');
    for (const t of THEMES) expect(resolveTheme(t, { moreContrast: true, dark: true })).toBe(t);
  });

  it('the switch goes round every theme and back', () => {
    const seen = [THEMES[0]];
    for (let i = 0; i < THEMES.length; i++) seen.push(nextTheme(seen[seen.length - 1]));
    expect(new Set(seen.slice(0, THEMES.length))).toEqual(new Set(THEMES));
    expect(seen[THEMES.length]).toBe(THEMES[0]);
  });
});

describe('the colours the canvas draws with', () => {
  it('reads short hex, long hex and rgb() alike, so a minified #ff0 tints a zone instead of filling it', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(15), fc.nat(15), fc.nat(15)), (digits) => {
        const short = `#${digits.map((d) => d.toString(16)).join('')}`;
        const long = `#${digits.map((d) => d.toString(16).repeat(2)).join('')}`;
        const rgb = `rgb(${digits.map((d) => d * 17).join(', ')})`;
        expect(withAlpha(short, 0.08)).toBe(withAlpha(long, 0.08));
        expect(withAlpha(rgb, 0.08)).toBe(withAlpha(long, 0.08));
        expect(withAlpha(short, 0.08)).toMatch(/^rgba\(\d+, \d+, \d+, 0\.08\)$/);
      }),
    );
    expect(withAlpha('Canvas', 0.5)).toBe('Canvas');
  });
});

describe('the high-contrast theme', () => {
  const shell = contrastColours('styles/tokens.css');
  const board = contrastColours('board/board.css');

  it('sets every text pair of the shell at 7:1 or more, and focus at 3:1 or more', () => {
    const pairs: [string, string, number][] = [
      ['--text', '--bg', 7],
      ['--text-muted', '--bg', 7],
      ['--text', '--bg-hover', 7],
      ['--text', '--bg-selected', 7],
      ['--on-accent', '--accent', 7],
      ['--accent-text', '--bg', 7],
      ['--on-danger', '--danger', 7],
      ['--danger', '--bg', 7],
      ['--success', '--bg', 7],
      ['--status-fg', '--status-bg', 7],
      ['--activity-fg', '--activity-bg', 7],
      ['--focus', '--bg', 3],
    ];
    for (const [fg, bg, least] of pairs)
      expect(ratio(shell[fg], shell[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(least);
  });

  it('draws note text, zone labels and the selection on the board at 7:1 or more', () => {
    const canvas = board['--board-canvas'];
    expect(ratio(board['--board-note-text'], board['--board-note'])).toBeGreaterThanOrEqual(7);
    expect(ratio(board['--board-reference-text'], board['--board-reference'])).toBeGreaterThanOrEqual(7);
    expect(ratio(board['--board-reference-caption'], board['--board-reference'])).toBeGreaterThanOrEqual(7);
    expect(ratio(board['--board-note-outline'], board['--board-reference'])).toBeGreaterThanOrEqual(7);
    expect(ratio(board['--board-selection'], canvas)).toBeGreaterThanOrEqual(7);
    for (let i = 1; i <= 6; i++) {
      // A zone's label sits on its header band: the hue at 18% over its 8% tint over the canvas.
      const header = over(board[`--board-zone-${i}`], 0.18, over(board[`--board-zone-${i}`], 0.08, canvas));
      expect(ratio(board['--board-zone-text'], header), `zone ${i}`).toBeGreaterThanOrEqual(7);
    }
  });
});
