import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { componentLogger } from '../core/logger';
import type { Collection, CollectionSpec, StoredDocument } from '../storage/types';

/** Conversation and user state are deleted this long after their last change. */
export const STATE_TTL_DAYS = 30;

/** How far back the purge looks for keys last written on a given day. */
const PURGE_LOOKBACK_DAYS = 400;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Inside each stored item: when it was last written (ISO), stripped before the bot sees it. */
const SAVED_AT = '_savedAt';

/** The day each state key was last written: lets the purge find stale keys by equality. */
export interface StateActivity extends StoredDocument {
  day: string;
}

export const STATE_ACTIVITY: CollectionSpec = {
  name: 'botstate_activity',
  indexes: [[{ field: 'day', direction: 1 }]],
};

export interface StateExpiryOptions {
  activity: Collection<StateActivity>;
  ttlDays?: number;
  clock?: () => Date;
}

const log = componentLogger('bots.state_expiry');

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Bot Framework Storage whose items expire: an unfinished pré-plainte or any other state
 * left in a conversation must not live forever. Reads ignore (and delete) an item unchanged
 * for `ttlDays`; `purge()` deletes those nobody reads again, found by their last day.
 */
export class ExpiringStorage implements Storage {
  private readonly ttlMs: number;
  private readonly clock: () => Date;
  private readonly activity: Collection<StateActivity>;

  /** Keys already marked today: one activity write per key and day, not per turn. */
  private marked = { day: '', keys: new Set<string>() };

  constructor(private readonly inner: Storage, options: StateExpiryOptions) {
    this.activity = options.activity;
    this.ttlMs = (options.ttlDays ?? STATE_TTL_DAYS) * DAY_MS;
    this.clock = options.clock ?? (() => new Date());
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys);
    const fresh: StoreItems = {};
    const stale: string[] = [];
    for (const [key, item] of Object.entries(items)) {
      const { [SAVED_AT]: savedAt, ...rest }: StoreItem = item;
      if (typeof savedAt === 'string' && this.expired(new Date(savedAt))) {
        stale.push(key);
      } else {
        fresh[key] = rest;
      }
    }
    if (stale.length > 0) {
      log.info('state expired', { event: 'state.expired', keys: stale.length });
      await this.delete(stale);
    }
    return fresh;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.clock();
    const stamped: StoreItems = {};
    for (const [key, item] of Object.entries(changes)) {
      stamped[key] = { ...item, [SAVED_AT]: now.toISOString() };
    }
    await this.inner.write(stamped);
    await this.mark(Object.keys(changes), utcDay(now));
  }

  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
    await Promise.all(keys.map((key) => this.activity.delete(key)));
  }

  /** Deletes the state of keys last written more than `ttlDays` ago; returns how many. */
  async purge(): Promise<number> {
    const today = this.clock().getTime();
    const firstStaleDay = Math.ceil(this.ttlMs / DAY_MS) + 1;
    let purged = 0;

    for (let back = firstStaleDay; back <= firstStaleDay + PURGE_LOOKBACK_DAYS; back += 1) {
      const day = utcDay(new Date(today - back * DAY_MS));
      const stale = await this.activity.find({ day });
      if (stale.length > 0) {
        await this.delete(stale.map((entry) => entry.id));
        purged += stale.length;
      }
    }
    if (purged > 0) {
      log.info('stale state purged', { event: 'state.purged', keys: purged });
    }
    return purged;
  }

  private expired(savedAt: Date): boolean {
    return this.clock().getTime() - savedAt.getTime() > this.ttlMs;
  }

  private async mark(keys: string[], day: string): Promise<void> {
    if (this.marked.day !== day) {
      this.marked = { day, keys: new Set() };
    }
    const unmarked = keys.filter((key) => !this.marked.keys.has(key));
    await Promise.all(unmarked.map((id) => this.activity.put({ id, day })));
    unmarked.forEach((key) => this.marked.keys.add(key));
  }
}
