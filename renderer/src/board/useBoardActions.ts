import { useEffect, useMemo, useRef, useState } from 'react';
import { NOTE_SIZE, boundsOf, freeSpotInZone, noteRect, zoneAt, zonesOfBoard } from '../../../shared/document/geometry';
import { LIMITS } from '../../../shared/document/limits';
import type { Note, SessionDocument } from '../../../shared/document/schema';
import { newParticipantNote } from '../../../shared/document/create';
import { notesOfBoard } from '../../../shared/document/boards';
import type { BoardId, NoteId } from '../../../shared/ids';
import { operation, type Operation } from '../../../shared/operations/operation';
import type { ApplyOptions, OpenSession } from '../state/openSession';
import { operations } from '../state/operationsLoading';
import {
  REFERENCE_READ_ONLY,
  describeDeletion,
  describeMove,
  describeSelected,
  whereIs,
  zoneChanged,
} from './announcements';
import {
  EMPTY_SELECTION,
  firstNoteOfNeighbourZone,
  neighbourInReadingOrder,
  noteNumbers,
  pruned,
  readingOrder,
  tabOrder,
  type Selection,
} from './selection';
import type { ViewportControls } from './useViewport';
import { fitForReading } from '../../../shared/layout/fit';
import { DETAIL_SCALE } from './noteDrawing';
import type { Point } from './viewport';

export interface Editing {
  noteId: NoteId;
  /** A note just added: cancelling its first edit removes it again. */
  isNew: boolean;
}

export interface NoteMove {
  noteId: NoteId;
  x: number;
  y: number;
}

/** Everything a user can do on the board, whether by pointer, key, toolbar or palette. */
export interface BoardActions {
  /** Adds an empty note centred on a board point, selects it and starts editing it. */
  addNoteAt(point: Point): void;
  addNoteAtCentre(): void;
  startEditing(noteId: NoteId): void;
  editSelected(): void;
  /** Ends editing: keeps `text` (if it changed), or cancels when it is null. */
  finishEditing(text: string | null, refocus: boolean): void;
  deleteSelected(): void;
  select(selection: Selection): void;
  /** Selects one note and says which. */
  selectNote(noteId: NoteId): void;
  selectAll(): void;
  clearSelection(): void;
  /** Selects the next (1) or previous (-1) note in reading order; false when there is none, so focus may leave. */
  selectStep(direction: 1 | -1): boolean;
  /** Selects the first note of the next (1) or previous (-1) zone. */
  selectZoneStep(direction: 1 | -1): void;
  /** How many of the table's notes are numbered (see noteNumbers): digit keys pick a note by its number. */
  numberedCount(): number;
  /** Selects the table's note numbered `n` and says which; false (and says so) when there is none. */
  selectNumbered(n: number): boolean;
  /**
   * Keeps the note Tab reached selected (or lets it go again), so that Tab moves on and
   * adds the next one: how a keyboard user selects several notes that are not side by side.
   */
  toggleKept(): void;
  moveSelectedBy(dx: number, dy: number): void;
  /** Applies the end of a drag: one operation, one undo step. */
  moveNotes(moves: NoteMove[]): void;
  /** Zooms to show all the board's zones and notes. */
  zoomToFit(): void;
  getSelection(): Selection;
}

interface Inputs {
  session: OpenSession;
  boardId: BoardId;
  /** The board's notes, to drop selected notes that no longer exist. */
  notes: readonly Note[];
  viewport: ViewportControls;
  announce(text: string): void;
  focusCanvas(): void;
}

const LIMIT = LIMITS.coordinate - NOTE_SIZE.width;
const clamp = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, Math.round(v)));

export function useBoardActions(inputs: Inputs): {
  selection: Selection;
  editing: Editing | null;
  actions: BoardActions;
} {
  const [selection, setSelectionState] = useState<Selection>(EMPTY_SELECTION);
  const [editing, setEditingState] = useState<Editing | null>(null);
  // Refs as well as state: several actions may run in one event, before React re-renders.
  const selectionRef = useRef(selection);
  const editingRef = useRef(editing);
  const anchorRef = useRef<NoteId | null>(null);
  // Notes kept selected while Tab moves on (see toggleKept); any other way of selecting lets them go.
  const keptRef = useRef<ReadonlySet<NoteId>>(EMPTY_SELECTION);
  const inputsRef = useRef(inputs);
  inputsRef.current = inputs;

  const actions = useMemo<BoardActions>(() => {
    const doc = () => inputsRef.current.session.getView().doc;
    const announce = (text: string) => inputsRef.current.announce(text);
    // The session refuses a change the services would refuse (too many notes in one step,
    // say) and shows why in the status bar; the board says so too, for screen readers.
    function apply(op: Operation, options?: ApplyOptions): boolean {
      if (inputsRef.current.session.apply(op, options)) return true;
      announce(inputsRef.current.session.getView().problem ?? 'That change could not be made.');
      return false;
    }
    // What changes the session waits for the operations, which load after the first paint (state/lateCode.ts).
    const acting =
      <A extends unknown[]>(act: (...args: A) => void) =>
      (...args: A) =>
        operations.run(() => act(...args));
    const boardNotes = (d: SessionDocument) => notesOfBoard(d, inputsRef.current.boardId);
    const selectedNotes = () => [...selectionRef.current].map((id) => doc().notes[id]).filter((n): n is Note => !!n);

    function setSelection(next: Selection): void {
      selectionRef.current = next;
      setSelectionState(next);
    }
    function select(next: Selection): void {
      keptRef.current = EMPTY_SELECTION;
      setSelection(next);
    }
    /** Tab's selection: the kept notes and the one reached. */
    function reach(noteId: NoteId): void {
      const d = doc();
      anchorRef.current = noteId;
      const kept = keptRef.current;
      setSelection(new Set([...kept, noteId]));
      const note = d.notes[noteId];
      announce(
        kept.size === 0
          ? describeSelected(d, note)
          : `${describeSelected(d, note)}. ${kept.size + (kept.has(noteId) ? 0 : 1)} notes selected`,
      );
      inputsRef.current.viewport.show(noteRect(note));
    }
    function setEditing(next: Editing | null): void {
      editingRef.current = next;
      setEditingState(next);
    }
    function selectNote(noteId: NoteId): void {
      const note = doc().notes[noteId];
      if (!note) return;
      anchorRef.current = noteId;
      select(new Set([noteId]));
      announce(describeSelected(doc(), note));
    }
    function startEditing(noteId: NoteId): void {
      const note = doc().notes[noteId];
      if (!note) return;
      if (note.kind === 'reference') return announce(REFERENCE_READ_ONLY);
      anchorRef.current = noteId;
      select(new Set([noteId]));
      inputsRef.current.viewport.show(noteRect(note));
      setEditing({ noteId, isNew: false });
    }
    function addNoteAt(point: Point): void {
      addNoteAtSpot({ x: point.x - NOTE_SIZE.width / 2, y: point.y - NOTE_SIZE.height / 2 });
    }
    /** A note added without pointing goes to the next free place in the zone at the view's centre, not on top of others. */
    function addNoteAtCentre(): void {
      const d = doc();
      const centre = inputsRef.current.viewport.centre();
      const zones = zonesOfBoard(d, inputsRef.current.boardId);
      const zoneId = zoneAt(zones, centre.x - NOTE_SIZE.width / 2, centre.y - NOTE_SIZE.height / 2);
      const zone = zones.find((z) => z.id === zoneId);
      if (!zone) return addNoteAt(centre);
      addNoteAtSpot(
        freeSpotInZone(
          zone,
          boardNotes(d).filter((n) => n.zoneId === zone.id),
        ),
      );
    }
    function addNoteAtSpot(spot: Point): void {
      const taken = new Set(boardNotes(doc()).map((n) => `${n.x},${n.y}`));
      let x = clamp(spot.x);
      let y = clamp(spot.y);
      // A second note added at the same spot steps aside so both stay visible.
      while (taken.has(`${x},${y}`)) [x, y] = [x + 24, y + 24];
      const note = newParticipantNote(inputsRef.current.boardId, '', { x, y }, new Date().toISOString());
      if (!apply(operation('addNotes', { notes: [note] }))) return;
      const added = doc().notes[note.id];
      anchorRef.current = note.id;
      select(new Set([note.id]));
      inputsRef.current.viewport.show(noteRect(added));
      setEditing({ noteId: note.id, isNew: true });
      announce(`Note added ${whereIs(doc(), added)}`);
    }
    function moveNotes(moves: NoteMove[], announceAlways = true): void {
      const clamped = moves.map((m) => ({ noteId: m.noteId, x: clamp(m.x), y: clamp(m.y) }));
      if (clamped.length === 0) return;
      const before = doc();
      if (!apply(operation('moveNotes', { moves: clamped }))) return;
      const ids = clamped.map((m) => m.noteId);
      if (announceAlways || zoneChanged(before, doc(), ids)) announce(describeMove(doc(), ids));
    }

    return {
      addNoteAt: acting(addNoteAt),
      addNoteAtCentre: acting(addNoteAtCentre),
      startEditing,
      editSelected() {
        const [first, ...rest] = selectedNotes();
        if (!first || rest.length > 0) return announce('Select one note to edit its text.');
        startEditing(first.id);
      },
      finishEditing: acting((text: string | null, refocus: boolean) => {
        const current = editingRef.current;
        if (!current) return;
        setEditing(null);
        const note = doc().notes[current.noteId];
        if (note && text === null && current.isNew && note.text === '') {
          // Abandoned before anything was typed: as if it had never been added.
          inputsRef.current.session.retractLast();
          announce('Empty note removed');
        } else if (note && text !== null && text !== note.text) {
          // Adding a note and typing its first text is one undo step.
          apply(operation('editNoteText', { noteId: note.id, text }), { joinPrevious: current.isNew });
        }
        if (refocus) inputsRef.current.focusCanvas();
      }),
      deleteSelected: acting(() => {
        const notes = selectedNotes();
        if (notes.length === 0) return;
        const removable = notes.filter((n) => n.kind === 'participant').map((n) => n.id);
        if (removable.length > 0 && !apply(operation('deleteNotes', { noteIds: removable }))) return;
        announce(describeDeletion(removable.length, notes.length - removable.length));
      }),
      select,
      selectNote,
      selectAll() {
        const all = boardNotes(doc());
        select(new Set(all.map((n) => n.id)));
        announce(all.length === 1 ? 'The only note is selected' : `All ${all.length} notes selected`);
      },
      clearSelection() {
        if (selectionRef.current.size === 0) return;
        select(EMPTY_SELECTION);
        announce('Selection cleared');
      },
      selectStep(direction) {
        const d = doc();
        const sel = selectionRef.current;
        if (sel.size === 0 && direction === -1) return false;
        const order = tabOrder(boardNotes(d), zonesOfBoard(d, inputsRef.current.boardId));
        const current =
          anchorRef.current && sel.has(anchorRef.current)
            ? anchorRef.current
            : (order.find((id) => sel.has(id)) ?? null);
        const next = neighbourInReadingOrder(order, current, direction);
        if (!next) {
          select(EMPTY_SELECTION);
          return false;
        }
        reach(next);
        return true;
      },
      selectZoneStep(direction) {
        const d = doc();
        const order = readingOrder(boardNotes(d), zonesOfBoard(d, inputsRef.current.boardId));
        const anchor = anchorRef.current && selectionRef.current.has(anchorRef.current) ? anchorRef.current : null;
        const next = firstNoteOfNeighbourZone(order, (id) => d.notes[id]?.zoneId ?? null, anchor, direction);
        if (next) reach(next);
        else announce(direction === 1 ? 'This is the last zone with notes.' : 'This is the first zone with notes.');
      },
      numberedCount() {
        return boardNotes(doc()).filter((n) => n.kind === 'participant').length;
      },
      selectNumbered(n) {
        const d = doc();
        const numbers = noteNumbers(boardNotes(d), zonesOfBoard(d, inputsRef.current.boardId));
        const noteId = [...numbers].find(([, number]) => number === n)?.[0];
        if (!noteId) {
          announce(`No note is numbered ${n}: the table’s notes are numbered 1 to ${numbers.size}.`);
          return false;
        }
        keptRef.current = EMPTY_SELECTION;
        reach(noteId);
        return true;
      },
      toggleKept() {
        const anchor = anchorRef.current;
        if (!anchor || !selectionRef.current.has(anchor))
          return announce('Reach a note with Tab first, then Space keeps it selected.');
        const kept = new Set(keptRef.current);
        if (kept.delete(anchor)) {
          const next = new Set(selectionRef.current);
          next.delete(anchor);
          keptRef.current = kept;
          setSelection(next);
          return announce(`Let go. ${next.size === 1 ? '1 note' : `${next.size} notes`} selected.`);
        }
        for (const id of selectionRef.current) kept.add(id);
        keptRef.current = kept;
        announce(`Kept. ${kept.size === 1 ? '1 note' : `${kept.size} notes`} selected: Tab on and Space to keep more.`);
      },
      moveSelectedBy: acting((dx: number, dy: number) => {
        const notes = selectedNotes();
        if (notes.length === 0) return;
        moveNotes(
          notes.map((n) => ({ noteId: n.id, x: n.x + dx, y: n.y + dy })),
          false,
        );
        const moved = boundsOf(selectedNotes().map(noteRect));
        if (moved) inputsRef.current.viewport.show(moved);
      }),
      moveNotes: acting((moves: NoteMove[]) => moveNotes(moves)),
      zoomToFit() {
        const d = doc();
        const { boardId, viewport } = inputsRef.current;
        const view = fitForReading(zonesOfBoard(d, boardId), boardNotes(d), viewport.size(), DETAIL_SCALE);
        if (view) viewport.set(view);
        else viewport.fit(null);
      },
      getSelection: () => selectionRef.current,
    };
  }, []);

  // Notes deleted (here, by undo, or in another window) leave the selection and the editor.
  useEffect(() => {
    const exists = (id: NoteId) =>
      inputsRef.current.session.getView().doc.notes[id]?.boardId === inputsRef.current.boardId;
    const kept = pruned(selectionRef.current, exists);
    if (kept !== selectionRef.current) actions.select(kept);
    if (editingRef.current && !exists(editingRef.current.noteId)) {
      editingRef.current = null;
      setEditingState(null);
    }
  }, [inputs.notes, actions]);

  return { selection, editing, actions };
}
