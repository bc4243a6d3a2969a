// Where the second presenter window goes: kept apart from Electron (it is given Electron's
// display list) so the choice is tested in Node.

export interface DisplayBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: DisplayBounds;
}

/** The window's size when there is no other screen to fill: a normal window the facilitator can drag to one. */
export const PRESENTER_WINDOW_SIZE = { width: 1280, height: 800 };

/**
 * The display the room should see: with one display, none (the presenter window opens as a
 * normal window); with more, the largest one the facilitator's window is not on (the projector,
 * not the laptop), the first listed when sizes tie. With the facilitator's display unknown,
 * the primary one is taken to be theirs.
 */
export function presenterDisplay(
  displays: readonly DisplayInfo[],
  facilitatorDisplayId: number | null,
  primaryDisplayId: number,
): DisplayInfo | null {
  if (displays.length < 2) return null;
  const theirs = facilitatorDisplayId ?? primaryDisplayId;
  const others = displays.filter((d) => d.id !== theirs);
  const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;
  return others.reduce<DisplayInfo | null>((best, d) => (best === null || area(d) > area(best) ? d : best), null);
}

/** The presenter window's place: full screen over the chosen display, or a normal window when there is none. */
export function presenterWindowBounds(
  display: DisplayInfo | null,
): Partial<Pick<DisplayBounds, 'x' | 'y'>> & Pick<DisplayBounds, 'width' | 'height'> & { fullscreen: boolean } {
  // No place given: the system puts a normal window where it puts new windows.
  if (!display) return { ...PRESENTER_WINDOW_SIZE, fullscreen: false };
  return { ...display.bounds, fullscreen: true };
}
