// Limits that every document, operation and message must respect. They are generous for
// a real event and small enough that a hostile or broken input cannot exhaust memory.
export const LIMITS = {
  noteText: 2_000,
  label: 200,
  prompt: 2_000,
  notesPerSession: 50_000,
  recordsPerKind: 5_000,
  coordinate: 1_000_000,
} as const;
