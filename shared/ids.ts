// Typed ids in the tldraw style: the prefix says what a record is, so a note id
// can never be passed where a board id is expected, in the types or in a file. This module is
// plain TypeScript (the renderer's first paint loads it); the ids' schemas are in idSchemas.ts.
export type SessionId = `session:${string}`;
export type TableId = `table:${string}`;
export type ExerciseId = `exercise:${string}`;
export type BoardId = `board:${string}`;
export type ZoneId = `zone:${string}`;
export type NoteId = `note:${string}`;
export type ClusterId = `cluster:${string}`;
export type LinkId = `link:${string}`;
export type VoteId = `vote:${string}`;

export type IdPrefix = 'session' | 'table' | 'exercise' | 'board' | 'zone' | 'note' | 'cluster' | 'link' | 'vote';

const ID_BODY = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `s` is an id with this prefix: the one rule, for the schemas (idSchemas.ts) and for plain checks. */
export function hasIdShape(s: string, prefix: IdPrefix): boolean {
  return s.length <= 80 && s.startsWith(`${prefix}:`) && ID_BODY.test(s.slice(prefix.length + 1));
}

/** Whether `value` is a session id (the address's `?open=`, say), checked as SessionIdSchema checks it. */
export function isSessionId(value: unknown): value is SessionId {
  return typeof value === 'string' && hasIdShape(value, 'session');
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random id with the given prefix, e.g. `note:k3x9...`; 16 characters of base-36 randomness. */
export function newId<P extends IdPrefix>(prefix: P): `${P}:${string}` {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let body = '';
  for (const b of bytes) body += ALPHABET[b % ALPHABET.length];
  return `${prefix}:${body}`;
}
