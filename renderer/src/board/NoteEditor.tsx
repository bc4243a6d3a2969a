import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import { LIMITS } from '../../../shared/document/limits';
import type { Note } from '../../../shared/document/schema';
import { NOTE_TEXT } from './noteDrawing';
import type { ViewportControls } from './useViewport';
import { toCanvasPoint, type Viewport } from './viewport';

interface NoteEditorProps {
  note: Note;
  viewport: ViewportControls;
  /** Called once: with the text to keep, or null when editing was cancelled; `refocus` when the board should get focus back. */
  onFinish(text: string | null, refocus: boolean): void;
}

/**
 * Edits a note's text in place: a textarea laid exactly over the note, following it as the
 * board pans and zooms, with the note's own text box so the words do not jump.
 */
export function NoteEditor({ note, viewport, onFinish }: NoteEditorProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);
  const onFinishRef = useRef(onFinish);
  onFinishRef.current = onFinish;

  useLayoutEffect(() => {
    const element = textarea.current!;
    const box = NOTE_TEXT.participant;
    function place(v: Viewport) {
      const s = v.scale;
      const corner = toCanvasPoint(v, note);
      Object.assign(element.style, {
        left: `${corner.x}px`,
        top: `${corner.y}px`,
        width: `${NOTE_SIZE.width * s}px`,
        padding: `${box.top * s}px ${box.left * s}px`,
        fontSize: `${NOTE_TEXT.fontSize * s}px`,
        lineHeight: `${NOTE_TEXT.lineHeight * s}px`,
      });
      growToFit(element, s);
    }
    place(viewport.current());
    return viewport.subscribe(place);
  }, [note.x, note.y, viewport]);

  useLayoutEffect(() => {
    textarea.current!.focus({ preventScroll: true });
    textarea.current!.select();
  }, []);

  // Closing the board or its tab mid-edit keeps what was typed. The check waits a moment
  // because React's development mode unmounts and remounts effects once on purpose.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    const element = textarea.current!;
    return () => {
      mounted.current = false;
      queueMicrotask(() => {
        if (!mounted.current) finish(element.value, false);
      });
    };
  }, []);

  function finish(text: string | null, refocus: boolean) {
    if (finished.current) return;
    finished.current = true;
    onFinishRef.current(text, refocus);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      finish(event.currentTarget.value, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(null, true);
    }
  }

  return (
    <textarea
      ref={textarea}
      className="rt-board__editor"
      aria-label="Note text"
      defaultValue={note.text}
      maxLength={LIMITS.noteText}
      spellCheck
      onKeyDown={onKeyDown}
      onInput={(event) => growToFit(event.currentTarget, viewport.current().scale)}
      onBlur={(event) => finish(event.currentTarget.value, false)}
    />
  );
}

/** Lets the editor grow below the note while the text is longer than the note shows, so all of it can be seen while typing. */
function growToFit(element: HTMLTextAreaElement, scale: number): void {
  element.style.height = `${NOTE_SIZE.height * scale}px`;
  if (element.scrollHeight > element.clientHeight) element.style.height = `${element.scrollHeight}px`;
}
