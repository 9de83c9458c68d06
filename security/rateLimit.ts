/**
 * Token buckets, one per key (an IP address, a conversation). A bucket holds `capacity`
 * tokens and gets `perMinute` back per minute: short bursts pass, a steady flood does not.
 * Memory stays bounded: full buckets say nothing a new one would not, so they are dropped.
 */
export interface BucketSettings {
  capacity: number;
  perMinute: number;
}

export interface Decision {
  allowed: boolean;
  /** Whole seconds until one more request would pass (0 when allowed). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Sweep full buckets after this many takes, so that idle keys do not accumulate. */
const SWEEP_EVERY = 1000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private takes = 0;

  /** `now` is milliseconds since the epoch; tests give a fake clock. */
  constructor(
    readonly settings: BucketSettings,
    private readonly now: () => number = Date.now,
  ) {
    if (!(settings.capacity >= 1) || !(settings.perMinute > 0)) {
      throw new RangeError('a rate limit needs capacity >= 1 and perMinute > 0');
    }
  }

  /** Takes one token for `key` when there is one. */
  take(key: string): Decision {
    this.sweepSometimes();
    const bucket = this.refilled(key);

    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const missingMs = ((1 - bucket.tokens) * 60_000) / this.settings.perMinute;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missingMs / 1000)) };
  }

  /** Keys currently remembered (for the memory bound's test). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.settings.capacity, at: now };
    const gained = ((now - bucket.at) * this.settings.perMinute) / 60_000;
    bucket.tokens = Math.min(this.settings.capacity, bucket.tokens + Math.max(0, gained));
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }

  private sweepSometimes(): void {
    this.takes += 1;
    if (this.takes % SWEEP_EVERY !== 0) {
      return;
    }
    for (const key of [...this.buckets.keys()]) {
      const bucket = this.refilled(key);
      if (bucket.tokens >= this.settings.capacity) {
        this.buckets.delete(key);
      }
    }
  }
}
