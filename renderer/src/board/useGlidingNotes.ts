import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Note } from '../../../shared/document/schema';
import { glidesOf, glidingNotes, progress } from './noteGlide';

/**
 * The board's notes as drawn now: while a layout step's glide runs (see noteGlide.ts), a frame
 * is drawn on each animation frame with the moved notes part of the way there; then `notes`.
 * `gliding` counts the notes drawn away from where the document has them.
 */
export function useGlidingNotes(session: object, notes: Note[]): { notes: Note[]; gliding: number } {
  const store = glidesOf(session);
  const glide = useSyncExternalStore(store.subscribe, store.get);
  const [now, setNow] = useState(() => performance.now());

  useEffect(() => {
    if (!glide) return;
    let frame = requestAnimationFrame(function tick(at) {
      setNow(at);
      if (progress(glide, at) >= 1) store.finish(glide);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [glide, store]);

  return useMemo(() => {
    const drawn = glidingNotes(notes, glide, Math.max(now, glide?.start ?? now));
    return { notes: drawn, gliding: drawn === notes ? 0 : drawn.filter((n, i) => n !== notes[i]).length };
  }, [notes, glide, now]);
}
