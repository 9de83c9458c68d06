/**
 * Sign-in throttling: after `maxFailures` failed attempts on a login or from an address
 * within `windowMs`, that login or address is locked out for `lockMs`. In memory: an
 * attacker gains nothing from a restart that also drops every session.
 */
export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

interface Record {
  failures: number[];
  lockedUntil: number;
}

export class SignInThrottle {
  private readonly records = new Map<string, Record>();

  constructor(private readonly options: ThrottleOptions, private readonly now: () => number) {}

  /** Milliseconds until these keys may try again; 0 when not locked. */
  lockedFor(keys: string[]): number {
    const now = this.now();
    return Math.max(0, ...keys.map((key) => (this.records.get(key)?.lockedUntil ?? 0) - now));
  }

  failure(keys: string[]): void {
    const now = this.now();
    for (const key of keys) {
      const record = this.records.get(key) ?? { failures: [], lockedUntil: 0 };
      record.failures = [...record.failures.filter((at) => now - at < this.options.windowMs), now];
      if (record.failures.length >= this.options.maxFailures) {
        record.lockedUntil = now + this.options.lockMs;
        record.failures = [];
      }
      this.records.set(key, record);
    }
    this.prune(now);
  }

  success(keys: string[]): void {
    for (const key of keys) {
      this.records.delete(key);
    }
  }

  /** Bounded memory under a flood of distinct logins or addresses. */
  private prune(now: number): void {
    if (this.records.size < 10_000) {
      return;
    }
    for (const [key, record] of this.records) {
      const stale = record.lockedUntil < now
        && record.failures.every((at) => now - at >= this.options.windowMs);
      if (stale) {
        this.records.delete(key);
      }
    }
  }
}
