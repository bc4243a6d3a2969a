import { createStore } from '../state/store';

/** The colour themes: light, dark, and high contrast (white text on black, yellow focus). */
export type Theme = 'light' | 'dark' | 'contrast';
/** What the user chose: one theme, or whatever the system asks for. */
export type ThemeChoice = Theme | 'system';

export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast'];
export const THEME_NAMES: Record<Theme, string> = { light: 'Light', dark: 'Dark', contrast: 'High contrast' };

const STORAGE_KEY = 'roundtable.theme';

/** The theme showing (on <html data-theme>), for the board's colours and the switch. */
export const theme = createStore<Theme>('light');
/** The user's choice, 'system' until they pick one. */
export const themeChoice = createStore<ThemeChoice>('system');

/**
 * What the system asks for: more contrast, or a dark scheme. (Forced colours, as Windows'
 * contrast themes set them, repaint the page with the system's own palette whatever the
 * theme; the board's canvas follows that palette through board.css.)
 */
export interface SystemColours {
  moreContrast: boolean;
  dark: boolean;
}

/** The theme to show: the user's choice, else high contrast when the system asks for more contrast, else its scheme. */
export function resolveTheme(choice: ThemeChoice, system: SystemColours): Theme {
  if (choice !== 'system') return choice;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'dark' : 'light';
}

/** The theme the switch moves to from `current`: light, dark, high contrast, and round again. */
export function nextTheme(current: Theme): Theme {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length];
}

// Asked for when the theme starts (this module loads outside a page in tests).
const queries = () => ({
  moreContrast: window.matchMedia('(prefers-contrast: more)'),
  dark: window.matchMedia('(prefers-color-scheme: dark)'),
});

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' || value === 'contrast' ? value : 'system';
  } catch {
    return 'system'; // Storage can be disabled by policy on managed laptops; fall back to the system's choice.
  }
}

function showResolved(): void {
  const q = queries();
  const next = resolveTheme(themeChoice.get(), {
    moreContrast: q.moreContrast.matches,
    dark: q.dark.matches,
  });
  document.documentElement.dataset.theme = next;
  theme.set(next);
}

/** Applies the remembered theme (or the system's) and follows the system while the choice is 'system'. */
export function startTheme(): void {
  themeChoice.set(storedChoice());
  showResolved();
  for (const query of Object.values(queries())) query.addEventListener('change', showResolved);
}

export function setTheme(next: ThemeChoice): void {
  try {
    if (next === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  themeChoice.set(next);
  showResolved();
}

/** The switch in the activity bar: the next theme after the one showing. */
export function switchTheme(): void {
  setTheme(nextTheme(theme.get()));
}
