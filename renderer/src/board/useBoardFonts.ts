import { useEffect, useState } from 'react';
import { FONT_FAMILY } from './boardFont';
import { forgetTextLayout } from './noteDrawing';

const FACES = [`400 14px ${FONT_FAMILY}`, `italic 400 14px ${FONT_FAMILY}`, `600 18px ${FONT_FAMILY}`];

/**
 * True once the board's font has loaded. Canvas text is measured with whatever font is
 * ready, and the bundled Inter may arrive after the first drawing: text is then laid out again.
 */
export function useBoardFonts(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.all(FACES.map((face) => document.fonts.load(face))).then(() => {
      if (!live) return;
      forgetTextLayout();
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
