import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { componentLogger } from '../core/logger';
import { BOT_STATE_COLLECTION, type BotStateDocument } from '../storage/botStorage';
import type { Collection, CollectionSpec } from '../storage/types';

/** Conversation and user state are deleted this long after their last change. */
export const STATE_TTL_DAYS = 30;

/** The bot storage's own collection, opened with its owner's spec to purge it. */
export const BOT_STATE: CollectionSpec = { name: BOT_STATE_COLLECTION };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The purge reads the state page by page, never the whole collection at once. */
const PAGE = 500;

/** Inside each stored item: when it was last written (ISO), stripped before the bot sees it. */
const SAVED_AT = '_savedAt';

export interface StateExpiryOptions {
  /** The documents behind the bot storage (BOT_STATE), for the purge. */
  documents: Collection<BotStateDocument>;
  ttlDays?: number;
  clock?: () => Date;
}

const log = componentLogger('bots.state_expiry');

function savedAtOf(value: string): Date | undefined {
  try {
    const item: unknown = JSON.parse(value);
    return typeof item === 'object' && item !== null && SAVED_AT in item &&
      typeof item[SAVED_AT] === 'string' ? new Date(item[SAVED_AT]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bot Framework Storage whose items expire: an unfinished pré-plainte or any other state
 * left in a conversation must not live forever. Each write stamps the item; a read ignores
 * (and deletes) an item unchanged for `ttlDays`, and `purge()` deletes those nobody reads
 * again. Items written before the stamp existed are left alone until their next write.
 */
export class ExpiringStorage implements Storage {
  private readonly ttlMs: number;
  private readonly clock: () => Date;

  constructor(private readonly inner: Storage, private readonly options: StateExpiryOptions) {
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
      await this.inner.delete(stale);
    }
    return fresh;
  }

  async write(changes: StoreItems): Promise<void> {
    const savedAt = this.clock().toISOString();
    const stamped: StoreItems = {};
    for (const [key, item] of Object.entries(changes)) {
      stamped[key] = { ...item, [SAVED_AT]: savedAt };
    }
    await this.inner.write(stamped);
  }

  async delete(keys: string[]): Promise<void> {
    await this.inner.delete(keys);
  }

  /** Deletes every item unchanged for `ttlDays`; returns how many. */
  async purge(): Promise<number> {
    const stale: string[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const page = await this.options.documents.find({},
        { sort: [{ field: 'id', direction: 1 }], skip, limit: PAGE });
      for (const doc of page) {
        const savedAt = savedAtOf(doc.value);
        if (savedAt !== undefined && this.expired(savedAt)) {
          stale.push(doc.id);
        }
      }
      if (page.length < PAGE) {
        break;
      }
    }

    // deleted after the scan, so that no page shifts under it
    await this.inner.delete(stale);
    if (stale.length > 0) {
      log.info('stale state purged', { event: 'state.purged', keys: stale.length });
    }
    return stale.length;
  }

  private expired(savedAt: Date): boolean {
    return this.clock().getTime() - savedAt.getTime() > this.ttlMs;
  }
}
