import { componentLogger } from '../core/logger';
import { ACTIVITIES_SPEC, CONVERSATIONS_SPEC } from '../directline/conversationLog';
import { CONVERSATIONS, TRANSCRIPTS } from '../handoff/model';
import {
  BOT_STATE_COLLECTION, CollectionStorage, type BotStateDocument,
} from '../storage/botStorage';
import type {
  ChangeEvent, Collection, CollectionSpec, Database, Filter, HealthReport, StoredDocument,
  Subscription,
} from '../storage/types';
import { WriteBehindCollection } from './writeBehind';

const log = componentLogger('security.store');

/**
 * What keeps a conversation going: the Direct Line log, the bot's state, and the handoff
 * state and transcript (every turn passes the handoff gate; a citizen's words during an
 * outage must reach a gendarme too). Records (pré-plaintes, OTV) and agent accounts,
 * sessions and audit are refused instead: kept in memory, a crash would lose them.
 */
export const KEPT_IN_MEMORY_ON_FAILURE: readonly string[] = [
  CONVERSATIONS_SPEC.name, ACTIVITIES_SPEC.name, BOT_STATE_COLLECTION, CONVERSATIONS.name,
  TRANSCRIPTS.name,
];

export interface FaultToleranceOptions {
  /** How often kept writes are offered to the store again. */
  replayEveryMs?: number;
}

interface Replayable {
  readonly waiting: number;
  flush(): Promise<void>;
}

/**
 * The store as the app sees it: when writes fail, the conversation collections keep
 * working in memory and are written back once the store answers (every few seconds, and on
 * the next successful write); every other collection refuses honestly (its write rejects).
 * Readiness stays false until nothing waits any more.
 */
export class FaultTolerantDatabase implements Database {
  readonly botStorage: CollectionStorage;
  private readonly replayable: Replayable[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly inner: Database, options: FaultToleranceOptions = {}) {
    this.botStorage = new CollectionStorage(
      this.collection<BotStateDocument>({ name: BOT_STATE_COLLECTION }));
    this.timer = setInterval(() => void this.replay(), options.replayEveryMs ?? 2000);
    this.timer.unref();
  }

  get engine(): Database['engine'] {
    return this.inner.engine;
  }

  /** Each kept collection must be opened once: its memory is its own. */
  collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T> {
    const inner = this.inner.collection<T>(spec);
    if (!KEPT_IN_MEMORY_ON_FAILURE.includes(spec.name)) {
      return inner;
    }
    const kept = new WriteBehindCollection<T>(inner, spec);
    this.replayable.push(kept);
    return kept;
  }

  subscribe<T extends StoredDocument>(collection: string, filter: Filter,
    onChange: (event: ChangeEvent<T>) => void, onError?: (error: Error) => void): Subscription {
    if (this.inner.subscribe === undefined) {
      throw new Error(`the ${this.engine} engine has no change feed`);
    }
    return this.inner.subscribe(collection, filter, onChange, onError);
  }

  /** Writes kept in memory, waiting for the store. */
  get waiting(): number {
    return this.replayable.reduce((sum, collection) => sum + collection.waiting, 0);
  }

  async health(): Promise<HealthReport> {
    const report = await this.inner.health();
    const waiting = this.waiting;
    if (report.ok && waiting > 0) {
      return { ok: false, engine: report.engine, detail: `${waiting} writes wait for the store` };
    }
    return report;
  }

  /** Offers every kept write to the store again. */
  async replay(): Promise<void> {
    for (const collection of this.replayable.filter((candidate) => candidate.waiting > 0)) {
      await collection.flush();
    }
  }

  /** Last chance to write what memory kept, then the store closes. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.replay();
    if (this.waiting > 0) {
      log.error('store.writes_lost', { count: this.waiting });
    }
    await this.inner.close();
  }
}
