import { useEffect, useState } from 'react';

/** The colours the canvas draws with, read from CSS custom properties so the board follows the app's theme. */
export interface BoardTheme {
  noteFill: string;
  noteText: string;
  notePlaceholder: string;
  noteShadow: string;
  /** An edge drawn round every card (high contrast only), or '' for none. */
  noteOutline: string;
  referenceFill: string;
  referenceStripe: string;
  referenceCaption: string;
  referenceText: string;
  selection: string;
  bandFill: string;
  zoneText: string;
  /** One hue per zone, in zone order, repeating: zones are told apart by tint as well as by label. */
  zoneHues: string[];
}

const ZONE_HUE_COUNT = 6;

/**
 * The board's colours as the stylesheet defines them for the current theme (see board.css),
 * each resolved to rgb() by the browser, so short hex, named and system colours (which the
 * forced-colours palette uses) all reach the canvas as numbers.
 */
export function readBoardTheme(): BoardTheme {
  const style = getComputedStyle(document.documentElement);
  const probe = document.createElement('span');
  // The probe keeps the colour it is given: forced colours would otherwise repaint it.
  probe.style.cssText = 'position:absolute;visibility:hidden;forced-color-adjust:none';
  document.body.append(probe);
  const read = (name: string) => {
    const value = style.getPropertyValue(name).trim();
    if (!value) return '';
    probe.style.color = '';
    probe.style.color = value;
    return probe.style.color ? getComputedStyle(probe).color : value;
  };
  try {
    return {
      noteFill: read('--board-note'),
      noteText: read('--board-note-text'),
      notePlaceholder: read('--board-note-placeholder'),
      noteShadow: read('--board-note-shadow'),
      noteOutline: read('--board-note-outline'),
      referenceFill: read('--board-reference'),
      referenceStripe: read('--board-reference-stripe'),
      referenceCaption: read('--board-reference-caption'),
      referenceText: read('--board-reference-text'),
      selection: read('--board-selection'),
      bandFill: read('--board-band'),
      zoneText: read('--board-zone-text'),
      zoneHues: Array.from({ length: ZONE_HUE_COUNT }, (_, i) => read(`--board-zone-${i + 1}`)),
    };
  } finally {
    probe.remove();
  }
}

/** Red, green and blue (0-255) of `#rgb`, `#rrggbb`, `rgb()` or `rgba()`; null for any other form. */
export function rgbOf(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : hex[1].match(/../g)!;
    return digits.map((h) => parseInt(h, 16)) as [number, number, number];
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(colour.trim());
  return fn ? [Number(fn[1]), Number(fn[2]), Number(fn[3])] : null;
}

/** The colour with an alpha, as Konva takes it; a form rgbOf cannot read is returned unchanged. */
export function withAlpha(colour: string, alpha: number): string {
  const rgb = rgbOf(colour);
  return rgb ? `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})` : colour;
}

/** WCAG relative luminance (0 black to 1 white), or null for a colour rgbOf cannot read. */
export function luminanceOf(colour: string): number | null {
  const rgb = rgbOf(colour);
  if (!rgb) return null;
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The board's theme, read again whenever the shell switches theme (data-theme or class on
 * <html>) or the system's colour scheme, forced colours or contrast setting changes.
 */
export function useBoardTheme(): BoardTheme {
  const [theme, setTheme] = useState(readBoardTheme);
  useEffect(() => {
    const update = () => setTheme(readBoardTheme());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)'].map((q) =>
      window.matchMedia(q),
    );
    for (const q of queries) q.addEventListener('change', update);
    update();
    return () => {
      observer.disconnect();
      for (const q of queries) q.removeEventListener('change', update);
    };
  }, []);
  return theme;
}
