import { useCallback, useEffect, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import { Maximize, Redo2, StickyNote, Undo2, ZoomIn, ZoomOut } from 'lucide-react';
import type { BoardId } from '../../../shared/ids';
import { BoardCanvas } from '../board/BoardCanvas';
import { ListView } from '../listview/ListView';
import { activeBoard, subscribeActiveBoard } from '../state/boardController';
import type { OpenSession } from '../state/openSession';
import type { EditorView } from '../state/workbench';
import { useCommands, useSessionView, useWorkbench, useWorkbenchState } from '../hooks/workbenchContext';
import { useRovingFocus } from '../hooks/useRovingFocus';
import { ariaKeyshortcut } from '../commands/keybindings';
import { IconButton } from './IconButton';

interface BoardEditorProps {
  session: OpenSession;
  boardId: BoardId;
}

const VIEWS: { view: EditorView; label: string }[] = [
  { view: 'board', label: 'Board' },
  { view: 'list', label: 'List' },
];

/** One open board: its exercise's prompt, the board tools, and the board itself as canvas or list. */
export function BoardEditor({ session, boardId }: BoardEditorProps) {
  const workbench = useWorkbench();
  const commands = useCommands();
  const view = useSessionView(session)!;
  const mode = useWorkbenchState((s) => s.views[boardId] ?? 'board');
  const boardReady = useSyncExternalStore(subscribeActiveBoard, () => activeBoard()?.boardId === boardId);
  const toolbar = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(toolbar);

  const board = view.doc.boards[boardId];
  const exercise = board ? view.doc.exercises[board.exerciseId] : undefined;
  const table = board?.tableId ? view.doc.tables[board.tableId] : undefined;

  const onStatsChange = useCallback(
    (stats: { zoom: number; notesDrawn: number; notesTotal: number }) => workbench.setBoardStats({ boardId, ...stats }),
    [workbench, boardId],
  );
  useEffect(() => () => workbench.setBoardStats(null), [workbench, mode]);

  function onViewKeyDown(event: KeyboardEvent) {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next: EditorView = event.key === 'Home' ? 'board' : event.key === 'End' ? 'list' : mode === 'board' ? 'list' : 'board';
    workbench.setView(boardId, next);
    document.getElementById(`view-tab-${next}`)?.focus();
  }

  return (
    <div className="board-editor">
      <header className="board-header">
        <h2 className="board-title">
          {exercise?.title ?? 'This board was removed'}
          {table && <span className="board-table"> — {table.name}</span>}
        </h2>
        <p className="board-prompt">
          {exercise ? exercise.prompt : 'Its exercise is no longer in this session. Undo brings it back; or close this tab.'}
        </p>
      </header>
      <div className="board-tools">
        <div ref={toolbar} role="toolbar" aria-label="Board tools" className="toolbar" {...roving}>
          <IconButton label="Add note" icon={StickyNote} showLabel disabled={!board || (mode === 'board' && !boardReady)} onClick={() => commands.run('board.addNote')} />
          <span className="toolbar-separator" aria-hidden="true" />
          <IconButton
            label="Undo"
            tooltip={view.undoLabel ? `Undo ${view.undoLabel}` : 'Nothing to undo'}
            icon={Undo2}
            keyshortcuts={ariaKeyshortcut('Mod+Z')}
            disabled={!view.canUndo}
            onClick={() => session.undo()}
          />
          <IconButton
            label="Redo"
            tooltip={view.redoLabel ? `Redo ${view.redoLabel}` : 'Nothing to redo'}
            icon={Redo2}
            keyshortcuts={ariaKeyshortcut('Mod+Shift+Z')}
            disabled={!view.canRedo}
            onClick={() => session.redo()}
          />
          <span className="toolbar-separator" aria-hidden="true" />
          <IconButton label="Zoom out" icon={ZoomOut} disabled={mode !== 'board' || !boardReady} onClick={() => activeBoard()?.zoomOut()} />
          <IconButton label="Zoom in" icon={ZoomIn} disabled={mode !== 'board' || !boardReady} onClick={() => activeBoard()?.zoomIn()} />
          <IconButton label="Zoom to fit" icon={Maximize} disabled={mode !== 'board' || !boardReady} onClick={() => activeBoard()?.zoomToFit()} />
        </div>
        <div role="tablist" aria-label="View" className="view-switch" onKeyDown={onViewKeyDown}>
          {VIEWS.map(({ view: v, label }) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`view-tab-${v}`}
              className="view-switch-tab"
              aria-selected={mode === v}
              aria-controls={mode === v ? 'board-surface' : undefined}
              tabIndex={mode === v ? 0 : -1}
              onClick={() => workbench.setView(boardId, v)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" id="board-surface" aria-labelledby={`view-tab-${mode}`} className={`board-surface board-surface-${mode}`}>
        {board && mode === 'board' && <BoardCanvas session={session} boardId={boardId} active onStatsChange={onStatsChange} />}
        {board && mode === 'list' && <ListView session={session} boardId={boardId} />}
      </div>
    </div>
  );
}
