import { createStore } from '../state/store';

export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'roundtable.theme';

/** The theme showing (on <html data-theme>), for the board's colours and the toggle. */
export const theme = createStore<Theme>('light');

/** The system's dark-mode setting, asked for when the theme starts (this module loads outside a page in tests). */
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

function storedChoice(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // Storage can be disabled by policy on managed laptops; fall back to the system's choice.
  }
}

function show(next: Theme): void {
  document.documentElement.dataset.theme = next;
  theme.set(next);
}

/** Applies the remembered theme (or the system's) and follows the system until the user chooses. */
export function startTheme(): void {
  const system = systemDark();
  const resolved = (): Theme => storedChoice() ?? (system.matches ? 'dark' : 'light');
  show(resolved());
  system.addEventListener('change', () => {
    if (!storedChoice()) show(resolved());
  });
}

export function setTheme(next: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  show(next);
}

export function toggleTheme(): void {
  setTheme(theme.get() === 'dark' ? 'light' : 'dark');
}
