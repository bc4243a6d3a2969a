export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'roundtable.theme';
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

function storedChoice(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // Storage can be disabled by policy on managed laptops; fall back to the system's choice.
  }
}

function resolved(): Theme {
  return storedChoice() ?? (systemDark.matches ? 'dark' : 'light');
}

function apply(): void {
  document.documentElement.dataset.theme = resolved();
  listeners.forEach((l) => l());
}

/** Applies the remembered theme (or the system's) and follows the system until the user chooses. */
export function startTheme(): void {
  apply();
  systemDark.addEventListener('change', () => {
    if (!storedChoice()) apply();
  });
}

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function setTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  document.documentElement.dataset.theme = theme;
  listeners.forEach((l) => l());
}

export function toggleTheme(): void {
  setTheme(currentTheme() === 'dark' ? 'light' : 'dark');
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
