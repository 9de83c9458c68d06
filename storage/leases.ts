import { randomUUID } from 'crypto';
import { componentLogger } from '../core/logger';
import { DuplicateKeyError } from './types';
import type { Collection, CollectionSpec, Database, StoredDocument } from './types';

/** A lease document; an expired one no longer exists for the store (TTL). */
export interface LeaseDocument extends StoredDocument {
  owner: string;
  token: string;
  expiresAt: Date;
}

export interface Lease {
  key: string;
  owner: string;
  /** Unique to one acquisition: renew and release act only on the holder's own lease. */
  token: string;
  expiresAt: Date;
}

const log = componentLogger('storage');

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

export const LEASES: CollectionSpec = { name: 'leases', ttlField: 'expiresAt' };

export interface LeaseOptions {
  /** Who holds the lease (instance id), for diagnosis. */
  owner: string;
  ttlMs: number;
  now?: () => number;
  /** Injected in tests; waits between two tries of runExclusive. */
  sleep?: (ms: number) => Promise<void>;
}

export class LeaseTimeoutError extends Error {
  constructor(key: string) {
    super(`lease ${key} could not be acquired in time`);
    this.name = 'LeaseTimeoutError';
  }
}

function toLease(doc: LeaseDocument): Lease {
  return { key: doc.id, owner: doc.owner, token: doc.token, expiresAt: doc.expiresAt };
}

/**
 * Per-key leases with expiry, so that the turns of one conversation run one after the
 * other across instances. A holder that dies loses its lease when it expires.
 */
export class LeaseManager {
  private readonly now: () => number;

  constructor(private readonly leases: Collection<LeaseDocument>,
    private readonly options: LeaseOptions) {
    if (!Number.isFinite(options.ttlMs) || options.ttlMs <= 0) {
      throw new RangeError('lease ttlMs must be a positive number of milliseconds');
    }
    this.now = options.now ?? (() => Date.now());
  }

  static open(db: Database, options: LeaseOptions): LeaseManager {
    return new LeaseManager(db.collection<LeaseDocument>(LEASES), options);
  }

  /** The lease, or undefined while another holder's lease runs. */
  async acquire(key: string): Promise<Lease | undefined> {
    const doc: LeaseDocument = {
      id: key, owner: this.options.owner, token: randomUUID(), expiresAt: this.expiry(),
    };
    try {
      await this.leases.insert(doc);
      return toLease(doc);
    } catch (error) {
      if (error instanceof DuplicateKeyError) {
        return undefined;
      }
      throw error;
    }
  }

  /** Extends a lease still held; undefined when it expired or was taken over. */
  async renew(lease: Lease): Promise<Lease | undefined> {
    const renewed = await this.leases.update(lease.key, { expiresAt: this.expiry() },
      { token: lease.token });
    return renewed === undefined ? undefined : toLease(renewed);
  }

  /** Frees a lease still held; false when it had already expired or changed hands. */
  async release(lease: Lease): Promise<boolean> {
    return (await this.leases.deleteMany({ id: lease.key, token: lease.token })) > 0;
  }

  /**
   * Waits for the lease (up to timeoutMs, then LeaseTimeoutError), runs `work`, then
   * releases it. The lease is renewed every third of its ttl while `work` runs, so long
   * turns keep it.
   */
  async runExclusive<R>(key: string, work: () => Promise<R>,
    wait: { retryDelayMs?: number; timeoutMs?: number } = {}): Promise<R> {
    let lease = await this.waitFor(key, wait.retryDelayMs ?? 25, wait.timeoutMs ?? 10_000);

    const renewal = setInterval(() => {
      this.renew(lease).then((renewed) => {
        if (renewed === undefined) {
          log.warn('storage.lease_lost', { owner: this.options.owner });
        } else {
          lease = renewed;
        }
      }, (error: unknown) => {
        log.warn('storage.lease_renew_failed', { error: errorName(error) });
      });
    }, Math.max(1, Math.floor(this.options.ttlMs / 3)));
    renewal.unref();

    try {
      return await work();
    } finally {
      clearInterval(renewal);
      // the work is done: a lease that cannot be freed only delays the next holder (ttl)
      await this.release(lease).catch((error: unknown) => {
        log.warn('storage.lease_release_failed', { error: errorName(error) });
      });
    }
  }

  private async waitFor(key: string, retryDelayMs: number, timeoutMs: number): Promise<Lease> {
    const sleep = this.options.sleep
      ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const tries = Math.max(1, Math.ceil(timeoutMs / retryDelayMs));
    for (let attempt = 0; attempt < tries; attempt += 1) {
      const lease = await this.acquire(key);
      if (lease !== undefined) {
        return lease;
      }
      await sleep(retryDelayMs);
    }
    throw new LeaseTimeoutError(key);
  }

  private expiry(): Date {
    return new Date(this.now() + this.options.ttlMs);
  }
}
