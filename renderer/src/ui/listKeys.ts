/**
 * The item a key moves to in a list of menu items or tabs: the next or previous one
 * (wrapping round), the first (Home) or the last (End); null for any other key.
 */
export function itemForKey<T>(
  items: readonly T[],
  index: number,
  key: string,
  axis: 'vertical' | 'horizontal' = 'vertical',
): T | null {
  const [next, previous] = axis === 'vertical' ? ['ArrowDown', 'ArrowUp'] : ['ArrowRight', 'ArrowLeft'];
  if (items.length === 0) return null;
  if (key === next) return items[(index + 1) % items.length];
  if (key === previous) return items[(index - 1 + items.length) % items.length];
  if (key === 'Home') return items[0];
  if (key === 'End') return items[items.length - 1];
  return null;
}
