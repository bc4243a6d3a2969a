import { useSyncExternalStore } from 'react';
import type { Store } from '../state/store';

/** A store's value, or one slice of it; the component re-renders only when that slice changes identity. */
export function useStore<T>(store: Store<T>): T;
export function useStore<T, S>(store: Store<T>, select: (value: T) => S): S;
export function useStore<T, S>(store: Store<T>, select?: (value: T) => S): T | S {
  return useSyncExternalStore(store.subscribe, () => (select ? select(store.get()) : store.get()));
}
