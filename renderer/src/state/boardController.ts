import type { BoardId, NoteId } from '../../../shared/ids';
import type { Store } from './store';

/**
 * What the workbench's commands (palette, keybindings, toolbar) can ask of the board that
 * has focus. The board component registers one while it is mounted and active; commands
 * do nothing when there is none.
 */
/**
 * What each board feature lets commands ask of a board, by feature id, declared by the
 * feature: `declare module '../state/boardController' { interface BoardFeatureControllers { clusters: ClusterController } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BoardFeatureControllers {}

export interface BoardController extends Partial<BoardFeatureControllers> {
  boardId: BoardId;
  /** Adds an empty note at the centre of the view (in the zone there, if any) and starts editing it. */
  addNoteAtCentre(): void;
  /** Starts editing the selected note's text in place (when exactly one is selected). */
  editSelected(): void;
  deleteSelected(): void;
  selectAll(): void;
  clearSelection(): void;
  /** Moves the selected notes by (dx, dy) board units, as one undo step. */
  moveSelectedBy(dx: number, dy: number): void;
  zoomIn(): void;
  zoomOut(): void;
  zoomToFit(): void;
  getSelection(): readonly NoteId[];
}

/** The board a window's commands act on: one per window (see hooks/workbenchContext.ts), null when none is active. */
export type ActiveBoard = Store<BoardController | null>;
