/**
 * Limits guesses at a room's join code, so that trying the million codes is impractical
 * for the length of an event. Each address may fail a few times a minute, then waits longer
 * after each further failure; and all addresses together share a budget, so a crowd of
 * devices (or one device changing address) gains little. Time is injected for tests.
 */
export interface JoinGuardLimits {
  /** Failures one address may make in `windowMs` before it must wait. */
  perAddress: number;
  /** Failures all addresses together may make in `windowMs` before everyone must wait. */
  overall: number;
  windowMs: number;
  /** The first wait once an address is over its limit; it doubles with each further failure. */
  firstLockMs: number;
  maxLockMs: number;
}

export const DEFAULT_JOIN_LIMITS: JoinGuardLimits = {
  perAddress: 5,
  overall: 30,
  windowMs: 60_000,
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
};

export type JoinVerdict = { allowed: true } | { allowed: false; retryInMs: number };

interface AddressRecord {
  failures: number[];
  lockedUntil: number;
  lockMs: number;
}

export class JoinGuard {
  private readonly addresses = new Map<string, AddressRecord>();
  private overallFailures: number[] = [];

  constructor(
    private readonly limits: JoinGuardLimits = DEFAULT_JOIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `address` may try a code now; if not, how long until it may. */
  check(address: string): JoinVerdict {
    const t = this.now();
    const record = this.addresses.get(address);
    if (record && record.lockedUntil > t) return { allowed: false, retryInMs: record.lockedUntil - t };
    this.overallFailures = this.overallFailures.filter((f) => f > t - this.limits.windowMs);
    if (this.overallFailures.length >= this.limits.overall) {
      return { allowed: false, retryInMs: this.overallFailures[0] + this.limits.windowMs - t };
    }
    return { allowed: true };
  }

  /** Records a wrong code from `address`. */
  failed(address: string): void {
    const t = this.now();
    const record = this.addresses.get(address) ?? { failures: [], lockedUntil: 0, lockMs: 0 };
    record.failures = [...record.failures.filter((f) => f > t - this.limits.windowMs), t];
    this.overallFailures.push(t);
    if (record.failures.length > this.limits.perAddress || record.lockMs > 0) {
      record.lockMs =
        record.lockMs === 0 ? this.limits.firstLockMs : Math.min(this.limits.maxLockMs, record.lockMs * 2);
      record.lockedUntil = t + record.lockMs;
    }
    this.addresses.set(address, record);
    // Forget addresses long quiet, so the table cannot grow without end.
    if (this.addresses.size > 10_000) {
      for (const [key, r] of this.addresses)
        if (r.lockedUntil < t && r.failures.every((f) => f < t - this.limits.windowMs)) this.addresses.delete(key);
    }
  }

  /** A right code: the address starts afresh. */
  succeeded(address: string): void {
    this.addresses.delete(address);
  }
}
