import { useRef, type KeyboardEvent } from 'react';
import type { BoardActions } from './useBoardActions';
import type { ViewportControls } from './useViewport';
import { useCommands } from '../hooks/workbenchContext';
import { isModifierKey, runWindowKey } from '../hooks/useGlobalKeybindings';
import type { BoardController } from '../state/boardController';

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
 * The board's keys, active while the canvas itself has focus (not the note editor): the
 * movement keys here, and the commands bound to keys `when: 'board'` in the registry. Keys
 * the board does not use, such as Ctrl+Z, are left to the workbench's keybindings.
 */
export function useBoardKeys(
  actions: BoardActions,
  viewport: ViewportControls,
  setCursor: (cursor: string) => void,
  controller: () => BoardController,
) {
  const spaceHeld = useRef(false);
  // Space held and dragged pans; Space tapped (no pointer pressed meanwhile) keeps the note Tab reached selected.
  const spaceTapped = useRef(false);
  const commands = useCommands();
  // The digits typed so far to pick a note by its number ("1", then "2" for note 12); any other key starts again.
  const typedNumber = useRef('');

  /** Returns true when the key was the board's, so it goes no further. */
  /**
   * A digit picks the table's note with that number (drawn on the notes while voting is open):
   * digits typed one after another make one number while it still names a note ("1" then "2"
   * is note 12 when there are 12 or more, else note 2). A 0 with nothing typed yet is left to
   * zoom to fit.
   */
  function pickByNumber(digit: string): boolean {
    const count = actions.numberedCount();
    if (count === 0 || (digit === '0' && typedNumber.current === '')) return false;
    const longer = typedNumber.current + digit;
    if (Number(longer) > count && digit === '0') {
      typedNumber.current = '';
      return false;
    }
    typedNumber.current = Number(longer) <= count ? longer : digit;
    if (!actions.selectNumbered(Number(typedNumber.current))) typedNumber.current = '';
    return true;
  }

  function handle(event: KeyboardEvent<HTMLDivElement>): boolean {
    const { key } = event;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (plain && !event.shiftKey && /^[0-9]$/.test(key)) {
      if (pickByNumber(key)) return true;
    } else if (key !== 'Shift') typedNumber.current = '';
    // Moving about the board: arrows nudge the selection or pan, Tab walks notes, Space pans or keeps, Page keys step zones.
    const arrow = plain ? ARROWS[key] : undefined;
    if (arrow) {
      if (actions.getSelection().size > 0) {
        const step = event.shiftKey ? NUDGE_FAR : NUDGE;
        actions.moveSelectedBy(arrow[0] * step, arrow[1] * step);
      } else {
        viewport.panBy(-arrow[0] * PAN_STEP, -arrow[1] * PAN_STEP);
      }
      return true;
    }
    if (plain && key === 'Tab') return actions.selectStep(event.shiftKey ? -1 : 1);
    if (plain && key === ' ') {
      if (!event.repeat) {
        spaceHeld.current = true;
        spaceTapped.current = true;
        window.addEventListener('pointerdown', () => (spaceTapped.current = false), { once: true, capture: true });
        setCursor('grab');
      }
      return true;
    }
    if (plain && (key === 'PageDown' || key === 'PageUp')) {
      actions.selectZoneStep(key === 'PageDown' ? 1 : -1);
      return true;
    }
    // Before the commands have loaded, the key waits for them; then it goes where it would have gone.
    if (!commands.loaded) {
      const native = event.nativeEvent;
      if (isModifierKey(native)) return false;
      commands.keyWhenLoaded(() => commandKey(native) || runWindowKey(commands, native));
      return true;
    }
    return commandKey(event.nativeEvent);
  }

  /** Everything else the board does is a command with a board keybinding (N, G, D, L, Enter, Delete…), acting on this board. */
  function commandKey(event: globalThis.KeyboardEvent): boolean {
    if (commands.runKey(event, 'board', { board: controller() })) return true;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (plain && event.key === 'Escape' && actions.getSelection().size > 0) {
      actions.clearSelection();
      return true;
    }
    return false;
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

  function onBlur() {
    typedNumber.current = '';
    releaseSpace();
  }

  return { spaceHeld, onKeyDown, onKeyUp, onBlur };
}
