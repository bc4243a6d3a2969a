import { theme, type Theme } from '../styles/theme';
import { useStore } from './useStore';

export function useTheme(): Theme {
  return useStore(theme);
}
