import { randomBytes } from 'crypto';
import { componentLogger } from '../core/logger';
import { ACTIVITIES_SPEC, type DirectLine } from '../directline';
import { LeaseManager } from '../storage/leases';
import type { ChangeEvent, Database, StoredDocument, Subscription } from '../storage/types';
import { keepSubscribed, type LiveFeed } from './liveFeed';

const log = componentLogger('cluster');

export interface ClusterOptions {
  /** This instance's name in leases and relayed events; random by default. */
  instanceId?: string;
  /** A turn's lease lasts this long unless renewed (a dead holder's lease goes after it). */
  leaseTtlMs?: number;
  /** How long a turn waits for its conversation's lease before it fails (retryable). */
  leaseWaitMs?: number;
  /** Delay before a lost change feed is opened again. */
  feedRetryMs?: number;
}

/**
 * What several instances sharing one store need from it, built only when the store is
 * shared: the turn leases, and change feeds kept open for the life of the process (the
 * Direct Line streams, the agents' events and presence follow them).
 */
export class Cluster {
  readonly instanceId: string;
  readonly leases: LeaseManager;
  readonly leaseWaitMs: number;
  private readonly feeds: LiveFeed[] = [];

  constructor(private readonly database: Database, private readonly options: ClusterOptions = {}) {
    if (database.subscribe === undefined) {
      throw new Error(`the ${database.engine} engine has no change feed: it cannot be shared`);
    }
    this.instanceId = options.instanceId ?? `bot-${randomBytes(6).toString('hex')}`;
    const ttlMs = options.leaseTtlMs ?? 10_000;
    this.leases = LeaseManager.open(database, { owner: this.instanceId, ttlMs });
    // a dead holder's lease expires within ttlMs: waiting longer only waits for a live one
    this.leaseWaitMs = options.leaseWaitMs ?? 3 * ttlMs;
    log.info('cluster.joined', { instanceId: this.instanceId, engine: database.engine });
  }

  /** Every change of a collection, from any instance, for as long as the process runs. */
  follow<T extends StoredDocument>(collection: string, onChange: (event: ChangeEvent<T>) => void,
    onReopened: () => void = () => undefined): void {
    this.followWith(collection, (onError) => this.subscribe(collection, onChange, onError),
      onReopened);
  }

  /** The same, for a caller that opens the subscription itself (the Direct Line hub). */
  followWith(name: string, open: (onError: (error: Error) => void) => Subscription,
    onReopened: () => void = () => undefined): void {
    this.feeds.push(keepSubscribed(name, open, onReopened, this.options.feedRetryMs));
  }

  subscribe<T extends StoredDocument>(collection: string,
    onChange: (event: ChangeEvent<T>) => void, onError: (error: Error) => void): Subscription {
    if (this.database.subscribe === undefined) {
      throw new Error('no change feed');
    }
    return this.database.subscribe<T>(collection, {}, onChange, onError);
  }

  /** Resolves once every feed opened so far delivers. */
  async ready(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.ready));
  }

  /** False while a feed is down: this instance would miss other instances' messages. */
  live(): boolean {
    return this.feeds.every((feed) => feed.live());
  }

  async close(): Promise<void> {
    await Promise.all(this.feeds.map((feed) => feed.close().catch(() => undefined)));
  }
}

/** The Direct Line streams of this instance follow the activities any instance stores. */
export function followActivities(cluster: Cluster, directLine: DirectLine): void {
  cluster.followWith(ACTIVITIES_SPEC.name,
    (onError) => directLine.follow((onChange, onFeedError) =>
      cluster.subscribe(ACTIVITIES_SPEC.name, onChange, onFeedError), onError),
    () => void directLine.catchUp());
}
