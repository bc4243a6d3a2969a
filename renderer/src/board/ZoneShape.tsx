import { memo } from 'react';
import { Group, Rect, Text } from './reactKonva';
import type { Zone } from '../../../shared/document/schema';
import { FONT_FAMILY } from './boardFont';
import { withAlpha, type BoardTheme } from './theme';

/** Height of a zone's label band; freeSpotInZone (shared/document/geometry.ts) places notes below it. */
const HEADER = 40;
const RADIUS = 10;

interface ZoneShapeProps {
  zone: Zone;
  theme: BoardTheme;
}

/** A zone: a tinted area with its label in a header band, tinted by its place in the board's zone order. */
export const ZoneShape = memo(function ZoneShape({ zone, theme }: ZoneShapeProps) {
  const hue = theme.zoneHues[zone.order % theme.zoneHues.length];
  return (
    // Its size lets a bitmap tile it does not reach skip it (tiles.ts).
    <Group x={zone.x} y={zone.y} width={zone.width} height={zone.height} listening={false}>
      <Rect
        width={zone.width}
        height={zone.height}
        cornerRadius={RADIUS}
        fill={withAlpha(hue, 0.08)}
        stroke={withAlpha(hue, 0.45)}
        strokeWidth={1.5}
        listening={false}
        perfectDrawEnabled={false}
      />
      <Rect
        width={zone.width}
        height={HEADER}
        cornerRadius={[RADIUS, RADIUS, 0, 0]}
        fill={withAlpha(hue, 0.18)}
        listening={false}
        perfectDrawEnabled={false}
      />
      <Text
        x={16}
        width={zone.width - 32}
        height={HEADER}
        text={zone.label}
        fontFamily={FONT_FAMILY}
        fontSize={18}
        fontStyle="600"
        fill={theme.zoneText}
        verticalAlign="middle"
        wrap="none"
        ellipsis
        listening={false}
        perfectDrawEnabled={false}
      />
    </Group>
  );
});
