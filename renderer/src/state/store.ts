/**
 * The one way the renderer holds state outside React: a value, replaced (never mutated) by
 * `set` or `update`, with listeners told after each change. React reads it with `useStore`
 * (hooks/useStore.ts), anything else with `get` and `subscribe`.
 */
export interface Store<T> {
  get(): T;
  /** Replaces the value; listeners are told only when it is a different value. */
  set(next: T): void;
  /** Merges changes into an object value. */
  update(changes: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    listeners.forEach((l) => l());
  };
  return {
    get: () => value,
    set,
    update: (changes) => set({ ...value, ...changes }),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
