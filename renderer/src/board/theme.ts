import { useEffect, useState } from 'react';

/** The colours the canvas draws with, read from CSS custom properties so the board follows the app's theme. */
export interface BoardTheme {
  noteFill: string;
  noteText: string;
  notePlaceholder: string;
  noteShadow: string;
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

/** The board's colours as the stylesheet defines them for the current theme (see board.css). */
export function readBoardTheme(): BoardTheme {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    noteFill: read('--board-note'),
    noteText: read('--board-note-text'),
    notePlaceholder: read('--board-note-placeholder'),
    noteShadow: read('--board-note-shadow'),
    referenceFill: read('--board-reference'),
    referenceStripe: read('--board-reference-stripe'),
    referenceCaption: read('--board-reference-caption'),
    referenceText: read('--board-reference-text'),
    selection: read('--board-selection'),
    bandFill: read('--board-band'),
    zoneText: read('--board-zone-text'),
    zoneHues: Array.from({ length: ZONE_HUE_COUNT }, (_, i) => read(`--board-zone-${i + 1}`)),
  };
}

/** `#rrggbb` with an alpha, as Konva takes it; other colour forms are returned unchanged. */
export function withAlpha(colour: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return colour;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * The board's theme, read again whenever the shell switches theme (data-theme or class on
 * <html>) or the system's colour scheme changes.
 */
export function useBoardTheme(): BoardTheme {
  const [theme, setTheme] = useState(readBoardTheme);
  useEffect(() => {
    const update = () => setTheme(readBoardTheme());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', update);
    update();
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', update);
    };
  }, []);
  return theme;
}
