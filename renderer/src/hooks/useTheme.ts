import { useSyncExternalStore } from 'react';
import { currentTheme, subscribeTheme, type Theme } from '../styles/theme';

export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme);
}
