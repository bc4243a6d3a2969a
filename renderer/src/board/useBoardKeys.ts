import { useRef, type KeyboardEvent } from 'react';
import type { BoardActions } from './useBoardActions';
import type { ViewportControls } from './useViewport';
import { useCommands } from '../hooks/workbenchContext';

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
  // Space held and dragged pans; Space tapped (no pointer pressed meanwhile) keeps the note Tab reached selected.
  const spaceTapped = useRef(false);
  const commands = useCommands();

  /** Returns true when the key was the board's, so it goes no further. */
  function handle(event: KeyboardEvent<HTMLDivElement>): boolean {
    const { key } = event;
    // Alt+1..Alt+5 set a barrier's severity, Alt+0 clears it (by code: Alt changes the character on some layouts).
    if (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[0-5]$/.test(event.code))
      return commands.run(`note.severity${event.code.slice(5)}`);
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
        spaceTapped.current = true;
        window.addEventListener('pointerdown', () => (spaceTapped.current = false), { once: true, capture: true });
        setCursor('grab');
      }
      return true;
    }
    if (key === 'PageDown' || key === 'PageUp') {
      actions.selectZoneStep(key === 'PageDown' ? 1 : -1);
      return true;
    }
    // While L waits for the note a link leads to, Enter links and Escape cancels.
    if ((key === 'Enter' || key === 'Escape') && commands.run(key === 'Enter' ? 'link.confirm' : 'link.cancel'))
      return true;
    if (key === 'n' || key === 'N') actions.addNoteAtCentre();
    else if (key === 't' || key === 'T') commands.run(event.shiftKey ? 'table.previous' : 'table.next');
    else if (key === 'g' || key === 'G') commands.run(event.shiftKey ? 'cluster.ungroup' : 'cluster.group');
    // Enter on several notes that are one group opens the group; on one note it edits the note.
    else if ((key === 'Enter' || key === 'F2') && actions.getSelection().size > 1 && commands.run('cluster.edit'))
      return true;
    else if (key === 'Enter' || key === 'F2') actions.editSelected();
    else if (key === 'Delete' || key === 'Backspace') actions.deleteSelected();
    else if (key === 'd' || key === 'D') commands.run(event.shiftKey ? 'voting.takeBackDot' : 'voting.addDot');
    else if ((key === 'v' || key === 'V') && !event.shiftKey) commands.run('voting.menu');
    else if ((key === 'l' || key === 'L') && !event.shiftKey) commands.run('link.selected');
    else if ((key === 'q' || key === 'Q') && !event.shiftKey) commands.run('note.quote');
    else if ((key === 'i' || key === 'I') && !event.shiftKey) commands.run('note.details');
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
    if (event.key !== ' ') return;
    if (spaceHeld.current && spaceTapped.current) actions.toggleKept();
    spaceTapped.current = false;
    releaseSpace();
  }

  return { spaceHeld, onKeyDown, onKeyUp, onBlur: releaseSpace };
}
