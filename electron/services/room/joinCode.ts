import { randomInt, timingSafeEqual } from 'node:crypto';

/** Six digits: quick to read off a projector and type on a phone. */
export const JOIN_CODE_LENGTH = 6;

/** A new random join code, e.g. "048213" (leading zeros kept). */
export function newJoinCode(): string {
  return String(randomInt(0, 10 ** JOIN_CODE_LENGTH)).padStart(JOIN_CODE_LENGTH, '0');
}

/** Whether `typed` is the room's code, ignoring spaces people type between digit groups; constant-time. */
export function isJoinCode(code: string, typed: string): boolean {
  const cleaned = typed.replace(/\s+/g, '');
  if (!/^\d+$/.test(cleaned) || cleaned.length !== code.length) return false;
  return timingSafeEqual(Buffer.from(code), Buffer.from(cleaned));
}
