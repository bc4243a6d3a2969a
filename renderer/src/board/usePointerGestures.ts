import { useEffect, useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type Konva from 'konva';
import type { Note } from '../../../shared/document/schema';
import { NOTE_SIZE } from '../../../shared/document/geometry';
import { bandRect, noteAt, notesInBand, sameSelection, toggled, type Selection } from './selection';
import type { BoardActions } from './useBoardActions';
import type { DragPreview } from './useDraggedNotes';
import type { BoardPointer } from './boardFeature';
import type { ViewportControls } from './useViewport';
import type { Point } from './viewport';

/** Screen pixels a press must travel before it counts as a drag rather than a click. */
const DRAG_THRESHOLD = 4;
/** Pixels per line when the wheel reports lines rather than pixels. */
const WHEEL_LINE = 16;

type Gesture =
  | { kind: 'pan'; lastX: number; lastY: number }
  | { kind: 'press'; note: Note; startX: number; startY: number; start: Point; wasSelected: boolean }
  | { kind: 'drag'; notes: Note[]; start: Point; offset: Point; lead: Note }
  | { kind: 'band'; startX: number; startY: number; start: Point; base: Selection; active: boolean }
  | { kind: 'link'; from: Note };

interface Inputs {
  notes: readonly Note[];
  viewport: ViewportControls;
  actions: BoardActions;
  /** True while Space is held: a drag then pans. */
  spaceHeld: RefObject<boolean>;
  drag: DragPreview;
  band: RefObject<Konva.Rect | null>;
  announce(text: string): void;
  /** What the board's features do with the pointer (see boardFeature.ts): drops on a note, group labels, Alt+drag. */
  features: BoardPointer;
}

/**
 * Mouse, pen and touch on the board: click and Shift+click to select, drag notes, rubber-band
 * selection, pan with Space+drag or the middle button, wheel to pan and Ctrl+wheel to zoom.
 * Hit-testing is plain geometry over the notes, so no canvas shape listens for events.
 */
export function usePointerGestures(container: RefObject<HTMLDivElement | null>, inputs: Inputs) {
  const inputsRef = useRef(inputs);
  inputsRef.current = inputs;
  const gesture = useRef<Gesture | null>(null);
  // One gesture at a time: a second finger or pen does not take over the first one's drag.
  const gesturePointer = useRef<number | null>(null);

  useEffect(() => {
    const element = container.current!;
    // React's wheel listener is passive; zooming must stop the page from scrolling or zooming.
    function onWheel(event: WheelEvent) {
      event.preventDefault();
      const { viewport } = inputsRef.current;
      const unit = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? WHEEL_LINE : 1;
      if (event.ctrlKey || event.metaKey) {
        const box = element.getBoundingClientRect();
        viewport.zoomBy(Math.exp((-event.deltaY * unit) / 500), {
          x: event.clientX - box.left,
          y: event.clientY - box.top,
        });
      } else if (event.shiftKey && event.deltaX === 0) {
        viewport.panBy(-event.deltaY * unit, 0);
      } else {
        viewport.panBy(-event.deltaX * unit, -event.deltaY * unit);
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [container]);

  function setCursor(cursor: string) {
    if (container.current) container.current.style.cursor = cursor;
  }

  /** Presses on the text editor laid over the canvas are the editor's own. */
  const onCanvas = (event: { target: EventTarget }) => !(event.target instanceof HTMLTextAreaElement);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (!onCanvas(event) || gesture.current) return;
    const { viewport, actions, notes, spaceHeld } = inputsRef.current;
    const point = viewport.boardPointAt(event.clientX, event.clientY);
    // A finger on empty board pans, as people expect of a touch screen; a mouse there draws a selection band.
    const pan =
      event.button === 1 ||
      (event.button === 0 && spaceHeld.current) ||
      (event.pointerType === 'touch' && !noteAt(notes, point));
    if (!pan && event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    gesturePointer.current = event.pointerId;
    if (pan) {
      event.preventDefault();
      gesture.current = { kind: 'pan', lastX: event.clientX, lastY: event.clientY };
      return setCursor('grabbing');
    }
    const groupNotes = noteAt(notes, point) ? null : inputsRef.current.features.notesAt?.(point);
    const note =
      noteAt(notes, point) ?? (groupNotes?.length ? (notes.find((n) => n.id === groupNotes[0]) ?? null) : null);
    const selection = actions.getSelection();
    const altDrag = inputsRef.current.features.altDrag;
    if (note && event.altKey && altDrag) {
      gesture.current = { kind: 'link', from: note };
      altDrag.start(note.id, point);
      return setCursor('crosshair');
    }
    if (note && event.shiftKey) {
      const next = toggled(selection, note.id);
      actions.select(next);
      inputsRef.current.announce(`${next.has(note.id) ? 'Added to' : 'Removed from'} selection: ${next.size} selected`);
    } else if (note && groupNotes) {
      // A press on a group's label picks up the whole group, to drag it or move it with the arrow keys.
      actions.select(new Set(groupNotes));
      inputsRef.current.announce(`Group selected: ${groupNotes.length} notes`);
      gesture.current = {
        kind: 'press',
        note,
        startX: event.clientX,
        startY: event.clientY,
        start: point,
        wasSelected: false,
      };
    } else if (note) {
      const wasSelected = selection.has(note.id);
      if (!wasSelected) actions.selectNote(note.id);
      gesture.current = {
        kind: 'press',
        note,
        startX: event.clientX,
        startY: event.clientY,
        start: point,
        wasSelected,
      };
    } else {
      if (!event.shiftKey) actions.select(new Set());
      gesture.current = {
        kind: 'band',
        startX: event.clientX,
        startY: event.clientY,
        start: point,
        base: actions.getSelection(),
        active: false,
      };
    }
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const { viewport, actions, notes, spaceHeld, drag, band } = inputsRef.current;
    const g = gesture.current;
    if (g && event.pointerId !== gesturePointer.current) return;
    if (!g) {
      if (!onCanvas(event)) return;
      const over = noteAt(notes, viewport.boardPointAt(event.clientX, event.clientY));
      return setCursor(spaceHeld.current ? 'grab' : over ? 'move' : 'default');
    }
    const point = viewport.boardPointAt(event.clientX, event.clientY);
    if (g.kind === 'link') {
      inputsRef.current.features.altDrag?.move(point);
    } else if (g.kind === 'pan') {
      viewport.panBy(event.clientX - g.lastX, event.clientY - g.lastY);
      g.lastX = event.clientX;
      g.lastY = event.clientY;
    } else if (g.kind === 'press') {
      if (Math.hypot(event.clientX - g.startX, event.clientY - g.startY) < DRAG_THRESHOLD) return;
      const ids = actions.getSelection();
      const dragged = notes.filter((n) => ids.has(n.id));
      gesture.current = { kind: 'drag', notes: dragged, start: g.start, offset: { x: 0, y: 0 }, lead: g.note };
      drag.begin(new Set(dragged.map((n) => n.id)));
      setCursor('grabbing');
    } else if (g.kind === 'drag') {
      g.offset = { x: Math.round(point.x - g.start.x), y: Math.round(point.y - g.start.y) };
      drag.moveTo(g.offset);
    } else if (g.kind === 'band') {
      if (!g.active && Math.hypot(event.clientX - g.startX, event.clientY - g.startY) < DRAG_THRESHOLD) return;
      g.active = true;
      const rect = bandRect(g.start, point);
      band.current?.setAttrs({ ...rect, visible: true });
      band.current?.getLayer()?.batchDraw();
      const next = new Set(g.base);
      for (const id of notesInBand(notes, rect)) next.add(id);
      if (!sameSelection(next, actions.getSelection())) actions.select(next);
    }
  }

  function endGesture(event: PointerEvent<HTMLDivElement>, cancelled: boolean) {
    const g = gesture.current;
    if (!g || event.pointerId !== gesturePointer.current) return;
    gesture.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    const { actions, band, drag, spaceHeld } = inputsRef.current;
    setCursor(spaceHeld.current ? 'grab' : 'default');
    if (g.kind === 'press' && !cancelled && g.wasSelected && actions.getSelection().size > 1) {
      // A plain click on one of several selected notes selects just that one.
      actions.selectNote(g.note.id);
    } else if (g.kind === 'drag') {
      if (!cancelled && (g.offset.x !== 0 || g.offset.y !== 0)) {
        const moves = g.notes.map((n) => ({ noteId: n.id, x: n.x + g.offset.x, y: n.y + g.offset.y }));
        // Dropped with the grabbed note's centre over another note: group them.
        const centre = {
          x: g.lead.x + g.offset.x + NOTE_SIZE.width / 2,
          y: g.lead.y + g.offset.y + NOTE_SIZE.height / 2,
        };
        const dragged = new Set(moves.map((m) => m.noteId));
        const target = noteAt(
          inputsRef.current.notes.filter((n) => !dragged.has(n.id)),
          centre,
        );
        const { dropOnNote } = inputsRef.current.features;
        if (target && dropOnNote) dropOnNote(moves, target.id);
        else actions.moveNotes(moves);
      }
      drag.end();
    } else if (g.kind === 'link') {
      const point = inputsRef.current.viewport.boardPointAt(event.clientX, event.clientY);
      const target = cancelled
        ? null
        : noteAt(
            inputsRef.current.notes.filter((n) => n.id !== g.from.id),
            point,
          );
      inputsRef.current.features.altDrag?.end(target?.id ?? null);
    } else if (g.kind === 'band' && g.active) {
      band.current?.visible(false);
      band.current?.getLayer()?.batchDraw();
      const selected = [...actions.getSelection()];
      if (selected.length === 1) actions.selectNote(selected[0]);
      else if (selected.length > 1) inputsRef.current.announce(`${selected.length} notes selected`);
    }
  }

  function onDoubleClick(event: MouseEvent<HTMLDivElement>) {
    if (!onCanvas(event)) return;
    const { viewport, actions, notes } = inputsRef.current;
    const point = viewport.boardPointAt(event.clientX, event.clientY);
    const note = noteAt(notes, point);
    if (note) actions.startEditing(note.id);
    else actions.addNoteAt(point);
  }

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: (event: PointerEvent<HTMLDivElement>) => endGesture(event, false),
    onPointerCancel: (event: PointerEvent<HTMLDivElement>) => endGesture(event, true),
    onDoubleClick,
  };
}
