import { useStore } from '../hooks/useStore';
import { createStore } from '../state/store';

/**
 * Whether this window shows the Synthesis workspace instead of its boards. Apart from the
 * workspace's state (synthesisStore.ts), so the workbench can ask without loading it.
 */
export const synthesisShown = createStore(false);

export function useSynthesisShown(): boolean {
  return useStore(synthesisShown);
}
