import { useRef, type KeyboardEvent } from 'react';
import type { BoardActions } from './useBoardActions';
import type { ViewportControls } from './useViewport';

/** Board units an arrow key moves the selected notes; Shift moves this many times further. */
const NUDGE = 10;
const NUDGE_FAR = 50;
/** Screen pixels an arrow key pans when nothing is selected. */
const PAN_STEP = 60;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The board's keys, active while the canvas itself has focus (not the note editor). Keys
 * the board does not use, such as Ctrl+Z, are left to the workbench's keybindings.
 */
export function useBoardKeys(actions: BoardActions, viewport: ViewportControls, setCursor: (cursor: string) => void) {
  const spaceHeld = useRef(false);

  /** Returns true when the key was the board's, so it goes no further. */
  function handle(event: KeyboardEvent<HTMLDivElement>): boolean {
    const { key } = event;
    if (event.altKey) return false;
    if (event.ctrlKey || event.metaKey) {
      if (key.toLowerCase() !== 'a' || event.shiftKey) return false;
      actions.selectAll();
      return true;
    }
    const arrow = ARROWS[key];
    if (arrow) {
      if (actions.getSelection().size > 0) {
        const step = event.shiftKey ? NUDGE_FAR : NUDGE;
        actions.moveSelectedBy(arrow[0] * step, arrow[1] * step);
      } else {
        viewport.panBy(-arrow[0] * PAN_STEP, -arrow[1] * PAN_STEP);
      }
      return true;
    }
    if (key === 'Tab') return actions.selectStep(event.shiftKey ? -1 : 1);
    if (key === ' ') {
      if (!event.repeat) {
        spaceHeld.current = true;
        setCursor('grab');
      }
      return true;
    }
    if (key === 'n' || key === 'N') actions.addNoteAtCentre();
    else if (key === 'Enter' || key === 'F2') actions.editSelected();
    else if (key === 'Delete' || key === 'Backspace') actions.deleteSelected();
    else if (key === 'Escape') {
      if (actions.getSelection().size === 0) return false;
      actions.clearSelection();
    } else if (key === '+' || key === '=') viewport.zoomIn();
    else if (key === '-' || key === '_') viewport.zoomOut();
    else if (key === '0' || (event.code === 'Digit1' && event.shiftKey)) actions.zoomToFit();
    else return false;
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget) return;
    if (handle(event)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  function releaseSpace() {
    if (!spaceHeld.current) return;
    spaceHeld.current = false;
    setCursor('default');
  }

  function onKeyUp(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === ' ') releaseSpace();
  }

  return { spaceHeld, onKeyDown, onKeyUp, onBlur: releaseSpace };
}
