import type { Rect } from '../../../shared/document/geometry';

export type PaperSize = 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';

/** ISO paper sizes in millimetres, portrait. */
const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

/** The page margin and the band at the top for the title and prompt, in millimetres. */
export const MARGIN_MM = 10;
export const HEADER_MM = 24;
/** CSS pixels per millimetre (96 per inch). */
const PX_PER_MM = 96 / 25.4;

export interface SheetLayout {
  pageWidthMm: number;
  pageHeightMm: number;
  /** The `@page` rule's size, e.g. "A3 landscape". */
  pageRule: string;
  /** CSS pixels on paper per board unit: the board's zones and notes fill the area under the header. */
  scale: number;
}

/** How a board of `bounds` fits on a sheet: as large as the area under the header allows, keeping its shape. */
export function sheetLayout(size: PaperSize, orientation: Orientation, bounds: Rect | null): SheetLayout {
  const paper = PAPER_MM[size];
  const [pageWidthMm, pageHeightMm] =
    orientation === 'landscape' ? [paper.height, paper.width] : [paper.width, paper.height];
  const areaWidth = (pageWidthMm - 2 * MARGIN_MM) * PX_PER_MM;
  const areaHeight = (pageHeightMm - 2 * MARGIN_MM - HEADER_MM) * PX_PER_MM;
  const scale =
    bounds && bounds.width > 0 && bounds.height > 0
      ? Math.min(areaWidth / bounds.width, areaHeight / bounds.height)
      : 1;
  return { pageWidthMm, pageHeightMm, pageRule: `${size} ${orientation}`, scale };
}
