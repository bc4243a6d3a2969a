import type { BoardId, NoteId } from '../../../shared/ids';
import type { ClusterController } from './clusterController';
import type { LinkController, NoteMetaController } from './linkController';

/**
 * What the workbench's commands (palette, keybindings, toolbar) can ask of the board that
 * has focus. The board component registers one while it is mounted and active; commands
 * do nothing when there is none.
 */
export interface BoardController {
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
  /** Grouping notes into clusters (see board/useClusterActions.ts). */
  clusters: ClusterController;
  /** Links between notes, e.g. barrier to enabler (see board/useLinkActions.ts). */
  links: LinkController;
  /** Quote, severity and details of the selected notes (see board/useNoteMetaActions.ts). */
  noteMeta: NoteMetaController;
}

let active: BoardController | null = null;
const listeners = new Set<() => void>();

/** Makes `controller` the one commands act on (null when no board is active). */
export function setActiveBoard(controller: BoardController | null): void {
  active = controller;
  listeners.forEach((l) => l());
}

/** The board commands act on, if any. */
export function activeBoard(): BoardController | null {
  return active;
}

export function subscribeActiveBoard(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
