import type Konva from 'konva';
import { memo, useCallback, useMemo, useRef } from 'react';
import { Circle, Group, Layer, Rect, Shape, Stage, Text } from '../board/reactKonva';
import { drawPresentedOverview, LEGIBLE_TEXT_PX } from './presentedOverview';
import type { BoardId } from '../../../shared/ids';
import {
  PRESENT_GROUP,
  PRESENT_TEXT,
  PRESENT_ZONE,
  presentationMemo,
  presentBoard,
  samePresentationInput,
  smallestTextPx,
  type PlacedCard,
  type PresentationContent,
} from '../../../shared/layout/presentation';
import { dotTally } from '../../../shared/voting/tallies';
import { useBoardContent } from '../board/boardContent';
import { FONT_FAMILY } from '../board/boardFont';
import { useBoardFonts } from '../board/useBoardFonts';
import { useElementSize } from '../board/useElementSize';
import { useBoardTheme, withAlpha, type BoardTheme } from '../board/theme';
import type { OpenSession } from '../state/openSession';
// The board's colours (its CSS custom properties), for the presenter window, which loads no board of its own.
import '../board/board.css';

/** The last content given while each new one reads the same (samePresentationInput). */
function useSameContent(content: PresentationContent): PresentationContent {
  const kept = useRef(content);
  if (kept.current !== content && !samePresentationInput(kept.current, content)) kept.current = content;
  return kept.current;
}

/** The last tally given while each new one holds the same counts. */
function useSameTally(tally: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const kept = useRef(tally);
  const same =
    kept.current === tally ||
    (kept.current.size === tally.size && [...tally].every(([id, count]) => kept.current.get(id) === count));
  if (!same) kept.current = tally;
  return kept.current;
}

interface PresenterBoardProps {
  session: OpenSession;
  boardId: BoardId;
}

let measuring: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** Measures text in the presenter's note font; the widths are forgotten when the web font arrives. */
function measure(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d')!;
  let width = widths.get(text);
  if (width === undefined) {
    measuring.font = `400 ${PRESENT_TEXT.fontSize}px ${FONT_FAMILY}`;
    width = measuring.measureText(text).width;
    widths.set(text, width);
  }
  return width;
}

function measureLabel(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d')!;
  measuring.font = `600 ${PRESENT_ZONE.labelSize}px ${FONT_FAMILY}`;
  return measuring.measureText(text).width;
}

/**
 * The board laid out for the room (shared/layout/presentation.ts): the participants' notes
 * gathered in their zones, reflowed to the screen, each whole and as large as the screen
 * allows. Only drawn, never edited; the reference cards are in the presenter's deck.
 */
export function PresenterBoard({ session, boardId }: PresenterBoardProps) {
  const content = useBoardContent(session, boardId);
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  const theme = useBoardTheme();
  const fontsReady = useBoardFonts();
  const { doc, zones, notes } = content;
  const clusterRecords = doc.clusters;
  // What the layout reads of the board, kept as the same arrays while it reads the same (a note
  // nudged or a vote cast changes none of it), so the layout is not made again for them.
  const presented = useSameContent(
    useMemo(
      () => ({
        zones: zones.map((z) => ({ id: z.id, label: z.label, order: z.order })),
        notes: notes
          .filter((n) => n.kind === 'participant')
          .map((n) => ({ id: n.id, zoneId: n.zoneId, text: n.text, clusterId: n.clusterId })),
        clusters: Object.values(clusterRecords)
          .filter((c) => c.boardId === boardId)
          .map((c) => ({ id: c.id, headline: c.headline || 'Untitled group', order: c.order })),
      }),
      [zones, notes, clusterRecords, boardId],
    ),
  );
  // Each zone's layout is kept for the next change (a note added to one zone lays out that zone
  // alone), until the web font arrives and every text measures anew.
  const memo = useMemo(() => {
    if (fontsReady) widths.clear();
    return presentationMemo();
  }, [fontsReady]);
  const presentation = useMemo(
    () => presentBoard({ screen: size, ...presented, measure, measureLabel }, memo),
    [size, presented, memo],
  );
  const revealed = doc.boards[boardId]?.voting === 'revealed';
  // The same Map while the counts read the same: a note added or moved redraws no zone for its dots.
  const dots = useSameTally(
    useMemo(() => (revealed ? dotTally(doc, boardId) : new Map<string, number>()), [revealed, doc, boardId]),
  );
  // Drawn again only when the cards, their dots or the theme change: a nudge draws nothing.
  const drawOverview = useCallback(
    (ctx: Konva.Context) => drawPresentedOverview(ctx, presentation.cards, dots, theme, measure),
    [presentation.cards, dots, theme],
  );
  const smallest = smallestTextPx(presentation);
  const zoneOrder = new Map(zones.map((z) => [z.id as string, z.order]));

  return (
    <div
      ref={container}
      className="presenter-canvas"
      inert
      data-notes-shown={presentation.cards.length}
      data-smallest-text-px={Number.isFinite(smallest) ? smallest.toFixed(1) : ''}
      data-arrangement={`${presentation.arrangement.rows}x${presentation.arrangement.columns}`}
    >
      {size.width > 0 && (
        <Stage width={size.width} height={size.height} listening={false}>
          <Layer
            x={presentation.offset.x}
            y={presentation.offset.y}
            scaleX={presentation.scale}
            scaleY={presentation.scale}
            listening={false}
          >
            {presentation.zones.map((zone) => {
              const hue = theme.zoneHues[(zoneOrder.get(zone.id) ?? zone.order) % theme.zoneHues.length];
              return (
                <Group key={zone.id} x={zone.x} y={zone.y} name="presented-zone">
                  <Rect
                    width={zone.width}
                    height={zone.height}
                    cornerRadius={8}
                    fill={withAlpha(hue, 0.08)}
                    stroke={withAlpha(hue, 0.45)}
                    strokeWidth={1}
                  />
                  <Rect
                    width={zone.width}
                    height={zone.header}
                    cornerRadius={[8, 8, 0, 0]}
                    fill={withAlpha(hue, 0.2)}
                  />
                  <Text
                    x={PRESENT_ZONE.pad}
                    width={zone.width - 2 * PRESENT_ZONE.pad}
                    height={zone.header}
                    text={zone.labelLines.join('\n')}
                    fontFamily={FONT_FAMILY}
                    fontSize={PRESENT_ZONE.labelSize}
                    fontStyle="600"
                    lineHeight={PRESENT_ZONE.labelLine / PRESENT_ZONE.labelSize}
                    fill={theme.zoneText}
                    verticalAlign="middle"
                    wrap="none"
                  />
                </Group>
              );
            })}
            {presentation.groups.map((group) => (
              <Group key={group.id} x={group.x} y={group.y} name="presented-group">
                <Rect
                  width={group.width}
                  height={group.height}
                  cornerRadius={6}
                  stroke={theme.selection}
                  strokeWidth={1.5}
                  dash={[5, 3]}
                />
                <Text
                  x={PRESENT_GROUP.pad}
                  width={group.width - 2 * PRESENT_GROUP.pad}
                  height={PRESENT_GROUP.header}
                  text={group.headline}
                  fontFamily={FONT_FAMILY}
                  fontSize={PRESENT_GROUP.labelSize}
                  fontStyle="600"
                  fill={theme.zoneText}
                  verticalAlign="middle"
                  wrap="none"
                  ellipsis
                />
              </Group>
            ))}
            {smallest >= LEGIBLE_TEXT_PX ? (
              presentation.cards.map((card) => (
                <PresentedCard key={card.id} card={card} count={dots.get(card.id) ?? 0} theme={theme} />
              ))
            ) : (
              <Shape name="presented-overview" sceneFunc={drawOverview} listening={false} perfectDrawEnabled={false} />
            )}
          </Layer>
        </Stage>
      )}
    </div>
  );
}

/** One note as the room sees it, drawn again only when it, its dots or the theme change (a change elsewhere on the board leaves it). */
const PresentedCard = memo(function PresentedCard({
  card,
  count,
  theme,
}: {
  card: PlacedCard;
  count: number;
  theme: BoardTheme;
}) {
  return (
    <Group x={card.x} y={card.y} name="presented-note" id={`presented-${card.id}`}>
      <Rect width={card.width} height={card.height} cornerRadius={4} fill={theme.noteFill} />
      <Text
        name="presented-note-text"
        x={PRESENT_TEXT.padX}
        y={PRESENT_TEXT.padY}
        width={card.width - 2 * PRESENT_TEXT.padX}
        text={card.lines.join('\n')}
        fontFamily={FONT_FAMILY}
        fontSize={PRESENT_TEXT.fontSize}
        lineHeight={PRESENT_TEXT.lineHeight / PRESENT_TEXT.fontSize}
        fill={theme.noteText}
        wrap="none"
      />
      {count > 0 && (
        <Group x={card.width - 4} y={4}>
          <Circle radius={11} fill={theme.selection} />
          <Text
            x={-11}
            y={-11}
            width={22}
            height={22}
            text={String(count)}
            fontFamily={FONT_FAMILY}
            fontSize={12}
            fontStyle="700"
            fill={theme.noteFill}
            align="center"
            verticalAlign="middle"
          />
        </Group>
      )}
    </Group>
  );
});
