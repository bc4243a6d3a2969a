import { memo, useCallback, useMemo, useRef } from 'react';
import type Konva from 'konva';
import { Group, Shape } from '../board/reactKonva';
import { NOTE_SIZE, type Rect as Area } from '../../../shared/document/geometry';
import type { Cluster, Note, Zone } from '../../../shared/document/schema';
import type { ClusterId, ZoneId } from '../../../shared/ids';
import { clusterFrame, framesInArea, membersByCluster, noteCount, type ClusterFrame } from './clusterGeometry';
import { FONT_FAMILY } from '../board/boardFont';
import { luminanceOf, withAlpha, type BoardTheme } from '../board/theme';

const RADIUS = 12;

/** The board's groups as frames, recomputed per group only when its record or its notes change. */
export function useClusterFrames(
  clusters: Readonly<Record<ClusterId, Cluster>>,
  notes: readonly Note[],
  zones: Readonly<Record<ZoneId, Zone>>,
): ClusterFrame[] {
  const zonesSeen = useRef(zones);
  const members = useRef<ReadonlyMap<ClusterId, readonly Note[]>>(new Map());
  const frames = useRef(new Map<ClusterId, ClusterFrame | null>());
  return useMemo(() => {
    members.current = membersByCluster(notes, members.current);
    // A zone moved or resized can change where a label must stop: every frame is worked out again.
    const zonesChanged = zonesSeen.current !== zones;
    zonesSeen.current = zones;
    const next = new Map<ClusterId, ClusterFrame | null>();
    const list: ClusterFrame[] = [];
    const ordered = [...members.current.keys()]
      .map((id) => clusters[id])
      .filter((c): c is Cluster => !!c)
      .sort((a, b) => a.order - b.order);
    for (const cluster of ordered) {
      const mine = members.current.get(cluster.id)!;
      const old = frames.current.get(cluster.id);
      const frame =
        old && !zonesChanged && old.cluster === cluster && old.notes === mine
          ? old
          : clusterFrame(cluster, mine, zones);
      next.set(cluster.id, frame);
      if (frame) list.push(frame);
    }
    frames.current = next;
    return list;
  }, [clusters, notes, zones]);
}

interface ClusterLayerProps {
  frames: readonly ClusterFrame[];
  /** The area drawn (see culling.ts); groups wholly outside it are not drawn. */
  cullRect: Area | null;
  theme: BoardTheme;
  /** Texts are laid out by Konva when created, so they are created again once the font is ready. */
  fontsReady: boolean;
}

/** The groups (affinity-mapping clusters) under the notes: a tinted patch around each group's notes, outlined as one. */
export function ClusterLayer({ frames, cullRect, theme }: Omit<ClusterLayerProps, 'fontsReady'>) {
  const shown = useMemo(() => framesInArea(frames, cullRect), [frames, cullRect]);
  return (
    <Group listening={false}>
      {shown.map((frame) => (
        <ClusterShape key={frame.cluster.id} frame={frame} theme={theme} />
      ))}
    </Group>
  );
}

/**
 * Each group's headline and count, on a tab above its top note. Drawn above the notes, so a
 * note just above the group cannot hide whose group it is.
 */
export function ClusterLabelLayer({ frames, cullRect, theme, fontsReady }: ClusterLayerProps) {
  const shown = useMemo(() => framesInArea(frames, cullRect), [frames, cullRect]);
  return (
    <Group listening={false}>
      {shown.map((frame) => (
        <ClusterLabel key={`${frame.cluster.id}:${fontsReady}`} frame={frame} theme={theme} />
      ))}
    </Group>
  );
}

/** Dark text on a light hue, white on a dark one, so the label reads in either theme. */
function labelTextOn(hue: string): string {
  return (luminanceOf(hue) ?? 0) > 0.18 ? '#1b2226' : '#ffffff';
}

/** `text` cut with an ellipsis to fit `width` in the context's current font. */
function fitted(ctx: Konva.Context, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > width) end--;
  return `${text.slice(0, end)}…`;
}

const ClusterShape = memo(function ClusterShape({ frame, theme }: { frame: ClusterFrame; theme: BoardTheme }) {
  const hue = theme.zoneHues[frame.cluster.order % theme.zoneHues.length];
  const draw = useCallback(
    (ctx: Konva.Context) => {
      const { patches } = frame;
      const native = ctx._context;
      const union = (grow: number) => {
        ctx.beginPath();
        for (const p of patches)
          ctx.roundRect(p.x - grow, p.y - grow, p.width + 2 * grow, p.height + 2 * grow, RADIUS + grow);
      };
      // The outline of the notes' patches taken together: a slightly larger union, its inside cut away.
      union(2);
      ctx.fillStyle = withAlpha(hue, 0.75);
      ctx.fill();
      native.globalCompositeOperation = 'destination-out';
      union(0);
      ctx.fillStyle = '#000';
      ctx.fill();
      native.globalCompositeOperation = 'source-over';
      union(0);
      ctx.fillStyle = withAlpha(hue, 0.16);
      ctx.fill();
    },
    [frame, hue],
  );
  return <Shape sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
});

/**
 * The note that carries the group's Quote tag (a small tag on its lower corner, where a note's
 * text seldom reaches): the group's chosen quote, unless it is marked as a quote already, when
 * its own Quote chip says so and the tag would say it twice.
 */
export function groupQuoteTagOn({ cluster, notes }: Pick<ClusterFrame, 'cluster' | 'notes'>): Note | null {
  const quote = notes.find((n) => n.id === cluster.quoteNoteId);
  return quote && !quote.isQuote ? quote : null;
}

const ClusterLabel = memo(function ClusterLabel({ frame, theme }: { frame: ClusterFrame; theme: BoardTheme }) {
  const hue = theme.zoneHues[frame.cluster.order % theme.zoneHues.length];
  const draw = useCallback(
    (ctx: Konva.Context) => {
      const { label, cluster, notes } = frame;
      // The label: headline and count on a tab of the group's hue.
      ctx.beginPath();
      ctx.roundRect(label.x, label.y, label.width, label.height, [RADIUS, RADIUS, 0, 0]);
      ctx.fillStyle = hue;
      ctx.fill();
      const count = noteCount(notes.length);
      ctx.fillStyle = labelTextOn(hue);
      ctx.font = `400 13px ${FONT_FAMILY}`;
      const countWidth = ctx.measureText(count).width;
      ctx.fillText(count, label.x + label.width - countWidth - 10, label.y + 20);
      ctx.font = `700 16px ${FONT_FAMILY}`;
      ctx.fillText(
        fitted(ctx, cluster.headline.trim() || 'Untitled group', label.width - countWidth - 30),
        label.x + 10,
        label.y + 20,
      );
      const quote = groupQuoteTagOn(frame);
      if (quote) {
        ctx.font = `600 11px ${FONT_FAMILY}`;
        const width = ctx.measureText('Quote').width + 14;
        const x = quote.x + NOTE_SIZE.width - width - 4;
        const y = quote.y + NOTE_SIZE.height - 20;
        ctx.beginPath();
        ctx.roundRect(x, y, width, 16, 8);
        ctx.fillStyle = hue;
        ctx.fill();
        ctx.fillStyle = labelTextOn(hue);
        ctx.fillText('Quote', x + 7, y + 12);
      }
    },
    [frame, hue],
  );
  return <Shape sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
});
