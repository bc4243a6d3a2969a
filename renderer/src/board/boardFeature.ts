import { createContext, type ReactNode, type RefObject } from 'react';
import type Konva from 'konva';
import type { Note, SessionDocument, Zone } from '../../../shared/document/schema';
import type { BoardId, NoteId } from '../../../shared/ids';
import type { Rect } from '../../../shared/document/geometry';
import type { OpenSession } from '../state/openSession';
import type { BoardFeatureControllers } from '../state/boardController';
import type { NotePaint } from './noteDrawing';
import type { BoardTheme } from './theme';
import type { BoardActions, NoteMove } from './useBoardActions';
import type { Point } from './viewport';

/**
 * The board's extension contract. A feature (clusters, links, voting, paper…) gives the
 * board a hook, called once per board on every render, that returns its parts: what its
 * commands can ask of this board, the Konva layers it draws, what it does with the pointer,
 * and figures for the canvas's data attributes. The board knows no feature by name; the
 * workbench passes the registered ones in (BoardFeaturesContext).
 */
export interface BoardFeatureInputs {
  session: OpenSession;
  boardId: BoardId;
  doc: SessionDocument;
  /** This board's notes and zones, and those drawn now: resting ones, and those lifted by a drag. */
  notes: readonly Note[];
  zones: readonly Zone[];
  resting: readonly Note[];
  lifted: readonly Note[];
  selection: ReadonlySet<NoteId>;
  /** The part of the board in view (with a margin), null before the board has a size. */
  cullRect: Rect | null;
  theme: BoardTheme;
  paint: RefObject<NotePaint>;
  fontsReady: boolean;
  /** The Konva group the dragged notes move in, so what follows a note can follow it while dragged. */
  dragGroup: RefObject<Konva.Group | null>;
  actions: BoardActions;
  announce(text: string): void;
}

/** Where a feature's shapes are drawn: under the notes, over them, or in the drag layer (moving with dragged notes). A feature gives Konva groups, not layers: the board has three layers in all. */
export type LayerSlot = 'underNotes' | 'overNotes' | 'withDragged';

/** What a feature does with the pointer; the first feature that offers a handler gets it. */
export interface BoardPointer {
  /** A drag of notes ended with its note over another note (otherwise the notes just move). */
  dropOnNote?(moves: NoteMove[], targetId: NoteId): void;
  /** The notes a press away from any note picks up together (a group's label), or null. */
  notesAt?(point: Point): NoteId[] | null;
  /** Alt+drag from a note: started, moved, dropped on a note (or nowhere). */
  altDrag?: { start(from: NoteId, pointer: Point): void; move(pointer: Point): void; end(target: NoteId | null): void };
}

export interface BoardFeatureParts<Controller = unknown> {
  /** What the feature's commands ask of this board: `board.<feature id>` in a command's context. */
  controller?: Controller;
  layers?: Partial<Record<LayerSlot, ReactNode>>;
  pointer?: BoardPointer;
  /** Shown on the canvas as data-* attributes, e.g. { 'groups-drawn': 3 }. */
  stats?: Record<string, number>;
}

/** A board feature: `id` names its controller on BoardController (declared in BoardFeatureControllers). */
export type BoardFeature = {
  [K in keyof BoardFeatureControllers]: {
    id: K;
    useBoard(inputs: BoardFeatureInputs): BoardFeatureParts<BoardFeatureControllers[K]>;
  };
}[keyof BoardFeatureControllers];

/** A feature whose board part has no controller for commands. */
export interface BoardDecoration {
  id: string;
  useBoard(inputs: BoardFeatureInputs): Omit<BoardFeatureParts, 'controller'>;
}

/** The board features of this window, in drawing order (workbench/features.ts registers them). */
export const BoardFeaturesContext = createContext<readonly (BoardFeature | BoardDecoration)[]>([]);

/** The pointer handlers of all features as one: for each, the first feature that offers it. */
export function mergedPointer(pointers: readonly (BoardPointer | undefined)[]): BoardPointer {
  const first = <K extends keyof BoardPointer>(key: K) => pointers.find((p) => p?.[key])?.[key];
  return { dropOnNote: first('dropOnNote'), notesAt: first('notesAt'), altDrag: first('altDrag') };
}
