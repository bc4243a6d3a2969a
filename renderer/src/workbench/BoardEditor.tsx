import { lazy, Suspense, useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { Lock, LockOpen, Maximize, Redo2, StickyNote, Undo2, ZoomIn, ZoomOut } from 'lucide-react';
import type { BoardId } from '../../../shared/ids';
import { BoardCanvas } from '../board/BoardCanvas';
import type { OpenSession } from '../state/openSession';
import type { EditorView } from '../state/workbench';
import {
  useActiveBoardStore,
  useCommands,
  useSessionView,
  useWorkbench,
  useWorkbenchState,
} from '../hooks/workbenchContext';
import { useRovingFocus } from '../hooks/useRovingFocus';
import { useStore } from '../hooks/useStore';
import { ariaKeyshortcut } from '../commands/keybindings';
import { IconButton } from '../ui/IconButton';
import { TableSwitcher } from './TableSwitcher';
import { BoardBadges } from './BoardBadges';
import { VotingStatus } from '../voting/VotingStatus';
import { VotingMenuButton } from '../voting/VotingMenuButton';
import { RoundBarWhenRunning } from '../voting/RoundBarWhenRunning';
import { hasVoting } from '../voting/votingState';
import { TimerControls } from '../facilitation/TimerControls';
import { ClusterToolbarButtons } from '../clusters/ClusterToolbarButtons';
import { promptToShow } from '../../../shared/layout/prompt';

// The list and all-tables views load when first shown: a board opens on its canvas.
const ListView = lazy(() => import('../listview/ListView').then((m) => ({ default: m.ListView })));
const AllTablesView = lazy(() => import('./AllTablesView').then((m) => ({ default: m.AllTablesView })));

interface BoardEditorProps {
  session: OpenSession;
  boardId: BoardId;
}

const VIEWS: { view: EditorView; label: string }[] = [
  { view: 'board', label: 'Board' },
  { view: 'list', label: 'List' },
  { view: 'tables', label: 'All tables' },
];

/** One open board: its exercise's prompt, the board tools, and the board itself as canvas or list. */
export function BoardEditor({ session, boardId }: BoardEditorProps) {
  const workbench = useWorkbench();
  const commands = useCommands();
  const view = useSessionView(session)!;
  const mode = useWorkbenchState((s) => s.views[boardId] ?? 'board');
  const activeBoard = useActiveBoardStore();
  // Only whether this board is the active one: the controller itself changes with the board's state.
  const boardReady = useStore(activeBoard, (b) => b?.boardId === boardId);
  const toolbar = useRef<HTMLDivElement>(null);
  const roving = useRovingFocus(toolbar);

  // A session from a newer Roundtable: shown, never changed, so nothing that edits is offered.
  const readOnly = view.readOnly !== null;
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
    const index = VIEWS.findIndex((v) => v.view === mode);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next: EditorView =
      event.key === 'Home'
        ? VIEWS[0].view
        : event.key === 'End'
          ? VIEWS[VIEWS.length - 1].view
          : VIEWS[(index + step + VIEWS.length) % VIEWS.length].view;
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
        {/* A long title is often the prompt too: only what the title does not already say. */}
        {(!exercise || promptToShow(exercise.title, exercise.prompt)) && (
          <p className="board-prompt">
            {exercise
              ? promptToShow(exercise.title, exercise.prompt)
              : 'Its exercise is no longer in this session. Undo brings it back; or close this tab.'}
          </p>
        )}
        {board && (
          <div className="board-facilitation">
            <TableSwitcher doc={view.doc} boardId={boardId} />
            <BoardBadges
              doc={view.doc}
              board={board}
              onUnlock={readOnly ? undefined : () => commands.run('board.unlock')}
            />
            <VotingStatus doc={view.doc} board={board} />
            <fieldset className="read-only-fieldset" disabled={readOnly}>
              <TimerControls session={session} doc={view.doc} exercise={exercise ?? null} />
            </fieldset>
          </div>
        )}
      </header>
      <div className="board-tools">
        <div ref={toolbar} role="toolbar" aria-label="Board tools" className="toolbar" {...roving}>
          <IconButton
            label="Add note"
            icon={StickyNote}
            showLabel
            disabled={readOnly || !board || (mode === 'board' && !boardReady)}
            onClick={() => commands.run('board.addNote')}
          />
          <span className="toolbar-separator" aria-hidden="true" />
          <IconButton
            label="Undo"
            tooltip={view.undoLabel ? `Undo ${view.undoLabel}` : 'Nothing to undo'}
            icon={Undo2}
            keyshortcuts={ariaKeyshortcut('Mod+Z')}
            disabled={readOnly || !view.canUndo}
            onClick={() => session.undo()}
          />
          <IconButton
            label="Redo"
            tooltip={view.redoLabel ? `Redo ${view.redoLabel}` : 'Nothing to redo'}
            icon={Redo2}
            keyshortcuts={ariaKeyshortcut('Mod+Shift+Z')}
            disabled={readOnly || !view.canRedo}
            onClick={() => session.redo()}
          />
          <span className="toolbar-separator" aria-hidden="true" />
          <IconButton
            label="Zoom out"
            icon={ZoomOut}
            disabled={mode !== 'board' || !boardReady}
            onClick={() => activeBoard.get()?.zoomOut()}
          />
          <IconButton
            label="Zoom in"
            icon={ZoomIn}
            disabled={mode !== 'board' || !boardReady}
            onClick={() => activeBoard.get()?.zoomIn()}
          />
          <IconButton
            label="Zoom to fit"
            icon={Maximize}
            disabled={mode !== 'board' || !boardReady}
            onClick={() => activeBoard.get()?.zoomToFit()}
          />
          <span className="toolbar-separator" aria-hidden="true" />
          {/* Named for what it does next, so its name says the state too (no hidden toggle state). */}
          <IconButton
            label={board?.locked ? 'Unlock board' : 'Lock board'}
            tooltip={
              board?.locked
                ? 'Locked: unlock this board so its notes can change'
                : 'Lock this board: its notes cannot change until unlocked'
            }
            icon={board?.locked ? Lock : LockOpen}
            disabled={readOnly || !board}
            onClick={() => commands.run(board?.locked ? 'board.unlock' : 'board.lock')}
          />
          <VotingMenuButton disabled={readOnly || !board || !hasVoting(exercise?.voting)} />
          <ClusterToolbarButtons
            canvasReady={!readOnly && mode === 'board' && boardReady}
            hasBoard={!readOnly && !!board}
          />
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
      {board && <RoundBarWhenRunning session={session} boardId={boardId} />}
      <div
        role="tabpanel"
        id="board-surface"
        aria-labelledby={`view-tab-${mode}`}
        className={`board-surface board-surface-${mode}`}
      >
        {board && mode === 'board' && (
          <BoardCanvas session={session} boardId={boardId} active onStatsChange={onStatsChange} />
        )}
        {board && mode === 'list' && (
          <fieldset className="read-only-fieldset" disabled={readOnly}>
            <Suspense fallback={null}>
              <ListView session={session} boardId={boardId} locked={board.locked} />
            </Suspense>
          </fieldset>
        )}
        {board && mode === 'tables' && (
          <Suspense fallback={null}>
            <AllTablesView session={session} boardId={boardId} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
