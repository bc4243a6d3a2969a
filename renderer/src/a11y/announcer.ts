/** The id of the page's polite live region, rendered once by the workbench. */
export const ANNOUNCER_ID = 'announcer';

/**
 * Tells screen reader users what just happened where nothing on screen moves focus to it,
 * e.g. "Note moved to Potential downsides". Cleared first so the same words twice are read twice.
 */
export function announce(message: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}
