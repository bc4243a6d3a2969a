/**
 * Limits guesses at a room's join code, one address at a time: each may fail a few times a
 * minute, then waits longer after each further failure. There is no budget shared by everyone,
 * so guessing from some addresses never locks out a phone on another. Instead the guard counts
 * recent failures across all addresses, so the facilitator is alerted and can give the room a
 * new code. Time is injected for tests.
 */
export interface JoinGuardLimits {
  /** Failures one address may make in `windowMs` before it must wait. */
  perAddress: number;
  windowMs: number;
  /** The first wait once an address is over its limit; it doubles with each further failure. */
  firstLockMs: number;
  maxLockMs: number;
  /** Failures from all addresses within `alertWindowMs` that count as someone guessing. */
  alertAt: number;
  alertWindowMs: number;
}

export const DEFAULT_JOIN_LIMITS: JoinGuardLimits = {
  perAddress: 5,
  windowMs: 60_000,
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  alertAt: 10,
  alertWindowMs: 5 * 60_000,
};

export type JoinVerdict = { allowed: true } | { allowed: false; retryInMs: number };

/** Someone is trying codes: how many wrong ones lately, from how many addresses. */
export interface GuessingAlert {
  wrongCodes: number;
  addresses: number;
}

interface AddressRecord {
  failures: number[];
  lockedUntil: number;
  lockMs: number;
}

export class JoinGuard {
  private readonly addresses = new Map<string, AddressRecord>();
  private recent: { at: number; address: string }[] = [];

  constructor(
    private readonly limits: JoinGuardLimits = DEFAULT_JOIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `address` may try a code now; if not, how long until it may. */
  check(address: string): JoinVerdict {
    const t = this.now();
    const record = this.addresses.get(address);
    if (record && record.lockedUntil > t) return { allowed: false, retryInMs: record.lockedUntil - t };
    return { allowed: true };
  }

  /** Records a wrong code from `address`. */
  failed(address: string): void {
    const t = this.now();
    const record = this.addresses.get(address) ?? { failures: [], lockedUntil: 0, lockMs: 0 };
    record.failures = [...record.failures.filter((f) => f > t - this.limits.windowMs), t];
    if (record.failures.length > this.limits.perAddress || record.lockMs > 0) {
      record.lockMs =
        record.lockMs === 0 ? this.limits.firstLockMs : Math.min(this.limits.maxLockMs, record.lockMs * 2);
      record.lockedUntil = t + record.lockMs;
    }
    this.addresses.set(address, record);
    this.recent = [...this.recent.filter((r) => r.at > t - this.limits.alertWindowMs), { at: t, address }].slice(
      -10_000,
    );
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

  /** The alert to show the facilitator, or null while wrong codes are only the odd mistype. */
  alert(): GuessingAlert | null {
    const t = this.now();
    this.recent = this.recent.filter((r) => r.at > t - this.limits.alertWindowMs);
    if (this.recent.length < this.limits.alertAt) return null;
    return { wrongCodes: this.recent.length, addresses: new Set(this.recent.map((r) => r.address)).size };
  }

  /** A new join code: earlier guesses tell nothing about it, so the alert starts afresh (waits stay). */
  codeChanged(): void {
    this.recent = [];
  }
}
