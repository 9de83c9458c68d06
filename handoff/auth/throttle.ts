/**
 * Sign-in throttling: after `maxFailures` failed attempts on a key (a login from an address,
 * an address; `loginMaxFailures` for a login from anywhere)
 * within `windowMs`, that key is locked for `lockMs`, doubled at each new lockout of the same
 * key (up to `maxLockMs`) until a success forgets it. In memory: an attacker gains nothing
 * from a restart that also drops every session.
 */
export interface ThrottleOptions {
  /** Failures of one login from one address, or of any login from one address. */
  maxFailures: number;
  /** Failures of one login from all addresses together (a guess spread over many). */
  loginMaxFailures: number;
  windowMs: number;
  lockMs: number;
  maxLockMs: number;
}

/** One failed attempt; `tag` says who it was about (a login, an address) to forgive it. */
interface Failure {
  at: number;
  tag: string;
}

interface Record {
  failures: Failure[];
  lockedUntil: number;
  lockouts: number;
}

export class SignInThrottle {
  private readonly records = new Map<string, Record>();

  constructor(private readonly options: ThrottleOptions, private readonly now: () => number) {}

  /** Milliseconds until these keys may try again; 0 when not locked. */
  lockedFor(keys: string[]): number {
    const now = this.now();
    return Math.max(0, ...keys.map((key) => (this.records.get(key)?.lockedUntil ?? 0) - now));
  }

  /**
   * Counts a failure on each key; `maxFailures` of them within the window lock the key.
   * `tag` names what the failure was about, so that forgive() can take it back.
   */
  failure(keys: string[], maxFailures = this.options.maxFailures, tag = ''): void {
    const now = this.now();
    for (const key of keys) {
      const record = this.records.get(key) ?? { failures: [], lockedUntil: 0, lockouts: 0 };
      record.failures = [...record.failures.filter((failed) =>
        now - failed.at < this.options.windowMs), { at: now, tag }];
      if (record.failures.length >= maxFailures) {
        record.lockedUntil = now + this.lockDuration(record.lockouts);
        record.lockouts += 1;
        record.failures = [];
      }
      this.records.set(key, record);
    }
    this.prune(now);
  }

  /** Same, with the higher threshold of a login attacked from everywhere at once. */
  spreadFailure(keys: string[], tag = ''): void {
    this.failure(keys, this.options.loginMaxFailures, tag);
  }

  success(keys: string[]): void {
    for (const key of keys) {
      this.records.delete(key);
    }
  }

  /**
   * Takes back the failures of `key` tagged `tag` (not yet turned into a lock): a login that
   * proved its password from an address no longer counts its typos against that address,
   * while every other login's and address's failures stay counted.
   */
  forgive(key: string, tag: string): void {
    const record = this.records.get(key);
    if (record) {
      record.failures = record.failures.filter((failed) => failed.tag !== tag);
    }
  }

  private lockDuration(previousLockouts: number): number {
    const doubled = this.options.lockMs * 2 ** Math.min(previousLockouts, 30);
    return Math.min(doubled, this.options.maxLockMs);
  }

  /** Bounded memory under a flood of distinct logins or addresses; a key is forgotten (and
   * its backoff with it) once it has been quiet for the longest lockout. */
  private prune(now: number): void {
    if (this.records.size < 10_000) {
      return;
    }
    for (const [key, record] of this.records) {
      const stale = record.lockedUntil + this.options.maxLockMs < now
        && record.failures.every((failed) => now - failed.at >= this.options.windowMs);
      if (stale) {
        this.records.delete(key);
      }
    }
  }
}
