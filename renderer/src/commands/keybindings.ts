// Keybindings are written as in VS Code, e.g. "Mod+Shift+P", "F1", "Mod+Z". `Mod` is Ctrl,
// or Cmd on a Mac, so one binding serves the NHS's Windows laptops and a facilitator's Mac.

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface Chord {
  mod: boolean;
  /** True or false: Shift must be (or must not be) held; null: either (written "Shift?+"). */
  shift: boolean | null;
  alt: boolean;
  key: string;
}

/** Key names for characters that cannot be written in a binding: "Plus" is the + key. */
const NAMED_KEYS: Record<string, string> = { plus: '+' };

function parseChord(binding: string): Chord {
  const parts = binding.split('+');
  const written = parts.pop() ?? '';
  const has = (name: string) => parts.some((p) => p.toLowerCase() === name);
  const key = NAMED_KEYS[written.toLowerCase()] ?? written.toLowerCase();
  return { mod: has('mod'), shift: has('shift?') ? null : has('shift'), alt: has('alt'), key };
}

/** The key as people read it: a letter in capitals, a named key by its character, others as written. */
function keyLabel(binding: string, chord: Chord): string {
  return chord.key.length === 1 ? chord.key.toUpperCase() : binding.split('+').pop()!;
}

/** True when the key event is the given binding. */
export function matchesKeybinding(event: KeyboardEvent, binding: string): boolean {
  const chord = parseChord(binding);
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  const otherMod = IS_MAC ? event.ctrlKey : event.metaKey;
  if (mod !== chord.mod || otherMod || event.altKey !== chord.alt) return false;
  if (chord.shift !== null && event.shiftKey !== chord.shift) return false;
  if (event.key.toLowerCase() === chord.key) return true;
  // With Alt or Shift (or a non-Latin layout) the key may be another character; the physical key still says which.
  if (/^[a-z]$/.test(chord.key)) return event.code === `Key${chord.key.toUpperCase()}`;
  return /^[0-9]$/.test(chord.key) && event.code === `Digit${chord.key}`;
}

/** A binding as people read it on this platform, e.g. "Ctrl+Shift+P" or "⌘⇧P". */
export function formatKeybinding(binding: string): string {
  const chord = parseChord(binding);
  const key = keyLabel(binding, chord);
  if (IS_MAC) return `${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.mod ? '⌘' : ''}${key}`;
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The binding as aria-keyshortcuts spells it, so screen readers can announce it. */
export function ariaKeyshortcut(binding: string): string {
  const chord = parseChord(binding);
  const key = keyLabel(binding, chord);
  return [chord.mod && (IS_MAC ? 'Meta' : 'Control'), chord.alt && 'Alt', chord.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/** True when keys typed at `target` belong to a text field (where Ctrl+Z is the field's own undo). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}
