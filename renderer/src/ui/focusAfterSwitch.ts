/**
 * Showing another board re-creates the editor, so whatever had focus in it is gone. This
 * runs `change` and then puts focus on the same kind of control in the new board (its
 * canvas, or the table switcher's current button), so a keyboard user stays in place.
 */
export function keepingFocus(change: () => void): void {
  const focused = document.activeElement;
  const selector = focused?.closest('.table-switcher')
    ? '.table-switcher [aria-current="page"]'
    : focused?.getAttribute('role') === 'application' && focused.closest('#board-surface')
      ? '#board-surface [role="application"]'
      : null;
  change();
  if (selector) requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
