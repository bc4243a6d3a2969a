// The board's one font, bundled with the app (see useBoardFonts.ts), with the system's as fallback.
export const FONT_FAMILY = 'Inter, system-ui, -apple-system, "Segoe UI", sans-serif';
