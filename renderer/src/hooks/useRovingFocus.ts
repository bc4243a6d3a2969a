import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = 'button:not(:disabled)';

/**
 * Roving focus for a toolbar (WAI-ARIA pattern): the group is one Tab stop, arrow keys move
 * between its controls, Home and End jump to the ends. Returns the props for the group.
 */
export function useRovingFocus(
  ref: RefObject<HTMLElement | null>,
  orientation: 'horizontal' | 'vertical' = 'horizontal',
) {
  const current = useRef<HTMLElement | null>(null);

  // Controls come and go and become disabled; after every render exactly one stays tabbable.
  useLayoutEffect(() => {
    const items = itemsOf(ref.current);
    const keep = current.current && items.includes(current.current) ? current.current : items[0];
    for (const item of items) item.tabIndex = item === keep ? 0 : -1;
  });

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const items = itemsOf(ref.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const [back, forward] = orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    const target =
      event.key === forward
        ? items[(index + 1) % items.length]
        : event.key === back
          ? items[(index - 1 + items.length) % items.length]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items[items.length - 1]
              : null;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  function onFocus(event: FocusEvent<HTMLElement>) {
    const items = itemsOf(ref.current);
    if (!items.includes(event.target as HTMLElement)) return;
    current.current = event.target as HTMLElement;
    for (const item of items) item.tabIndex = item === event.target ? 0 : -1;
  }

  return { onKeyDown, onFocus };
}

function itemsOf(container: HTMLElement | null): HTMLElement[] {
  return container ? [...container.querySelectorAll<HTMLElement>(ITEMS)] : [];
}
