import {
  Fragment,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
} from 'react';
import { Group, Layer, Rect, Stage } from './reactKonva';
import type Konva from 'konva';
import type { BoardId } from '../../../shared/ids';
import type { Note } from '../../../shared/document/schema';
import type { OpenSession } from '../state/openSession';
import type { BoardController } from '../state/boardController';
import { useActiveBoardStore } from '../hooks/workbenchContext';
import { useBoardContent } from './boardContent';
import { BoardHelp } from './BoardHelp';
import { notesInArea, sameOrNext } from './culling';
import { useCachedGroups } from './useCachedGroups';
import { NoteEditor } from './NoteEditor';
import type { NotePaint } from './noteDrawing';
import { Notes } from './Notes';
import { useBoardTheme } from './theme';
import { useAnnouncer } from './useAnnouncer';
import { useBoardActions } from './useBoardActions';
import { useBoardFonts } from './useBoardFonts';
import { useBoardKeys } from './useBoardKeys';
import { useDraggedNotes } from './useDraggedNotes';
import { useElementSize } from './useElementSize';
import { usePointerGestures } from './usePointerGestures';
import { useStatsReport, type BoardStats } from './useStatsReport';
import { useViewport } from './useViewport';
import { ZoneShape } from './ZoneShape';
import { BoardFeaturesContext, mergedPointer, type BoardFeatureParts, type LayerSlot } from './boardFeature';
import './board.css';

/** One array for every render: a new one would count as a change of the dragged notes' group. */
const BAND_DASH = [6, 4];

interface BoardCanvasProps {
  session: OpenSession;
  boardId: BoardId;
  /** The board the workbench's commands act on (see state/boardController.ts). */
  active: boolean;
  onStatsChange?: (stats: BoardStats) => void;
  /** Names the board to screen readers when several are shown at once (default: the exercise title). */
  label?: string;
}

/**
 * The sticky-note board of one exercise: zones and notes on a canvas that fills its
 * parent, with pointer and keyboard ways to add, edit, move, delete and select notes.
 */
export function BoardCanvas(props: BoardCanvasProps): JSX.Element {
  // Another board in the same place starts afresh: its own selection, and zoomed to fit.
  return <Board key={`${props.session.id}/${props.boardId}`} {...props} />;
}

function Board({ session, boardId, active, onStatsChange, label }: BoardCanvasProps): JSX.Element {
  const content = useBoardContent(session, boardId);
  const theme = useBoardTheme();
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const band = useRef<Konva.Rect>(null);
  const helpId = useId();
  const size = useElementSize(container);
  const { controls: viewport, cullRect, detailed } = useViewport(stage, size);
  const paint = useRef<NotePaint>({ theme, scale: 1 });
  const { message, announce } = useAnnouncer();
  const focusCanvas = useCallback(() => container.current?.focus({ preventScroll: true }), []);
  const setCursor = useCallback((cursor: string) => {
    if (container.current) container.current.style.cursor = cursor;
  }, []);
  const { selection, editing, actions } = useBoardActions({
    session,
    boardId,
    notes: content.notes,
    viewport,
    announce,
    focusCanvas,
  });
  const controllerRef = useRef<BoardController | null>(null);
  const keys = useBoardKeys(actions, viewport, setCursor, () => controllerRef.current!);
  // Each group of the layer drawn as one bitmap while the view pans (see layerCache.ts).
  const cached = useCachedGroups(3);
  const lastDrawn = useRef<readonly Note[] | null>(null);
  const drawn = useMemo(
    () => (lastDrawn.current = sameOrNext(lastDrawn.current, cullRect ? notesInArea(content.notes, cullRect) : [])),
    [content.notes, cullRect],
  );
  const { group: dragGroup, resting, lifted, preview: drag } = useDraggedNotes(content.notes, drawn, cullRect);
  const fontsReady = useBoardFonts();
  // Each registered feature's part of this board (the list never changes, so its hooks run in the same order).
  const features = useContext(BoardFeaturesContext);
  const inputs = {
    session,
    boardId,
    doc: content.doc,
    notes: content.notes,
    zones: content.zones,
    resting,
    lifted,
    selection,
    cullRect,
    theme,
    paint,
    fontsReady,
    dragGroup,
    actions,
    announce,
  };
  const parts: BoardFeatureParts[] = features.map((feature) => feature.useBoard(inputs));
  const layersIn = (slot: LayerSlot) =>
    parts.map((part, i) => part.layers?.[slot] && <Fragment key={features[i].id}>{part.layers[slot]}</Fragment>);
  const featureControllers = features.map((feature, i) => [feature.id, parts[i].controller] as const);
  const pointer = usePointerGestures(container, {
    notes: content.notes,
    viewport,
    actions,
    spaceHeld: keys.spaceHeld,
    drag,
    band,
    announce,
    features: mergedPointer(parts.map((p) => p.pointer)),
  });

  const notesDrawn = resting.length + lifted.length;
  // The editor draws its own outline, and may grow past the note: the canvas outline would show around it.
  const outlined = useMemo(
    () =>
      editing?.noteId && selection.has(editing.noteId)
        ? new Set([...selection].filter((id) => id !== editing.noteId))
        : selection,
    [selection, editing?.noteId],
  );

  useLayoutEffect(() => {
    paint.current.scale = viewport.current().scale;
    return viewport.subscribe((v) => {
      paint.current.scale = v.scale;
    });
  }, [viewport]);

  useLayoutEffect(() => {
    paint.current.theme = theme;
    cached.changed();
  }, [theme, cached]);

  useEffect(() => {
    if (fontsReady) cached.changed();
  }, [fontsReady, cached]);

  // The first time the board has a size, show all of it. Its layer is hidden until then: the
  // stage draws at once when it is given its size, which would draw the board (every tile of
  // it) at the unfitted view, with the shapes of the render before, only to draw it all again.
  const fitted = useRef(false);
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => {
    if (fitted.current || size.width === 0 || size.height === 0) return;
    fitted.current = true;
    performance.mark('roundtable:board-mounted');
    actions.zoomToFit();
    setShown(true);
  }, [size, actions]);

  // What commands act on: this board for its own keys, and the window's active board while it is the active one.
  const controller = useMemo<BoardController>(
    () => ({
      boardId,
      addNoteAtCentre: actions.addNoteAtCentre,
      editSelected: actions.editSelected,
      deleteSelected: actions.deleteSelected,
      selectAll: actions.selectAll,
      clearSelection: actions.clearSelection,
      moveSelectedBy: actions.moveSelectedBy,
      zoomIn: viewport.zoomIn,
      zoomOut: viewport.zoomOut,
      zoomToFit: actions.zoomToFit,
      getSelection: () => [...actions.getSelection()],
      ...Object.fromEntries(featureControllers.filter(([, c]) => c !== undefined)),
    }),
    [boardId, actions, viewport, ...featureControllers.map(([, c]) => c)],
  );
  controllerRef.current = controller;
  const activeBoard = useActiveBoardStore();
  useEffect(() => {
    if (!active) return;
    activeBoard.set(controller);
    return () => {
      if (activeBoard.get() === controller) activeBoard.set(null);
    };
  }, [active, activeBoard, controller]);

  useStatsReport(viewport, notesDrawn, content.notes.length, onStatsChange);

  const editingNote = editing ? content.doc.notes[editing.noteId] : undefined;
  return (
    <div className="rt-board">
      <div
        ref={container}
        className="rt-board__canvas"
        role="application"
        tabIndex={0}
        aria-label={`Board: ${label ?? content.title}`}
        aria-describedby={helpId}
        data-notes-drawn={notesDrawn}
        data-notes-total={content.notes.length}
        data-notes-gliding={content.gliding}
        {...Object.fromEntries(parts.flatMap((p) => Object.entries(p.stats ?? {})).map(([k, v]) => [`data-${k}`, v]))}
        onKeyDown={keys.onKeyDown}
        onKeyUp={keys.onKeyUp}
        onBlur={keys.onBlur}
        {...pointer}
      >
        {/* One layer (each layer is a canvas the browser composites every frame) with three groups:
            what lies under the notes, the notes with what is drawn over them, and what is being
            dragged. Each group is drawn as one bitmap while the view pans (see layerCache.ts).
            Features give groups for their slot, never layers of their own. */}
        <CommitMark
          run={() =>
            cached.commit(cullRect, [
              content.doc,
              content.notes,
              content.zones,
              outlined,
              detailed,
              theme,
              fontsReady,
              lifted.length ? lifted : null,
              ...featureControllers.map(([, c]) => c),
            ])
          }
        />
        <Stage ref={stage} width={size.width} height={size.height}>
          <Layer listening={false} visible={shown}>
            <Group ref={cached.refs[0]} listening={false}>
              {/* Zone labels are laid out by Konva when created, so they are created again once the font is ready. */}
              {content.zones.map((zone) => (
                <ZoneShape key={`${zone.id}:${fontsReady}`} zone={zone} theme={theme} />
              ))}
              {layersIn('underNotes')}
            </Group>
            <Group ref={cached.refs[1]} listening={false}>
              <Notes notes={resting} selection={outlined} detailed={detailed} paint={paint} />
              {layersIn('overNotes')}
            </Group>
            <Group ref={cached.refs[2]} listening={false}>
              {layersIn('withDragged')}
              <Group ref={dragGroup} opacity={0.85} listening={false}>
                <Notes notes={lifted} selection={outlined} detailed={detailed} paint={paint} />
              </Group>
              <Rect
                ref={band}
                visible={false}
                fill={theme.bandFill}
                stroke={theme.selection}
                strokeWidth={1.5}
                strokeScaleEnabled={false}
                dash={BAND_DASH}
                listening={false}
                perfectDrawEnabled={false}
              />
            </Group>
          </Layer>
        </Stage>
        <CommitMark run={cached.committed} />
        {editingNote && (
          <NoteEditor key={editingNote.id} note={editingNote} viewport={viewport} onFinish={actions.finishEditing} />
        )}
      </div>
      <BoardHelp id={helpId} />
      <div className="rt-board__sr-only" aria-live="polite">
        {message}
      </div>
    </div>
  );
}

/** Runs `run` in the layout phase in its place among its siblings: before or after the stage commits its shapes. */
function CommitMark({ run }: { run(): void }): null {
  useLayoutEffect(run);
  return null;
}
