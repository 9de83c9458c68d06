import { randomUUID } from 'crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { DuplicateKeyError, type Collection, type StoredDocument } from './types';

/**
 * Bot state as documents: the key is the id (any characters, never a field name) and the
 * item is kept as JSON text, so state keys such as "$type" or "a.b" are safe in MongoDB.
 */
export interface BotStateDocument extends StoredDocument {
  eTag: string;
  value: string;
}

export const BOT_STATE_COLLECTION = 'botstate';

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

function assertKeys(keys: unknown): asserts keys is string[] {
  if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'string' || key === '')) {
    throw new TypeError('storage keys must be non-empty strings');
  }
}

function assertItem(key: string, item: unknown): asserts item is StoreItem {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new TypeError(`storage item "${key}" must be an object`);
  }
}

/** Bot Framework Storage on any engine's Collection, with MemoryStorage's eTag semantics. */
export class CollectionStorage implements Storage {
  constructor(private readonly documents: Collection<BotStateDocument>) {}

  async read(keys: string[]): Promise<StoreItems> {
    assertKeys(keys);
    const items: StoreItems = {};
    const docs = await Promise.all(keys.map((key) => this.documents.get(key)));
    docs.forEach((doc, index) => {
      if (doc !== undefined) {
        items[keys[index]] = { ...JSON.parse(doc.value), eTag: doc.eTag };
      }
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (changes === null || typeof changes !== 'object') {
      throw new TypeError('storage changes must be an object');
    }
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item)));
  }

  async delete(keys: string[]): Promise<void> {
    assertKeys(keys);
    await Promise.all(keys.map((key) => this.documents.delete(key)));
  }

  private async writeOne(key: string, item: unknown): Promise<void> {
    assertKeys([key]);
    assertItem(key, item);
    const { eTag, ...rest } = item;
    const next: BotStateDocument = { id: key, eTag: randomUUID(), value: JSON.stringify(rest) };

    if (eTag === undefined || eTag === '*') {
      await this.documents.put(next);
      return;
    }
    if (typeof eTag !== 'string') {
      throw new TypeError(`storage item "${key}" has an eTag that is not a string`);
    }
    const updated = await this.documents.update(key, { eTag: next.eTag, value: next.value },
      { eTag });
    if (updated !== undefined) {
      return;
    }
    await this.insertUnlessPresent(next);
  }

  /** A stale eTag on a missing item writes it (as MemoryStorage does), unless raced. */
  private async insertUnlessPresent(next: BotStateDocument): Promise<void> {
    if ((await this.documents.get(next.id)) !== undefined) {
      throw new ETagConflictError(next.id);
    }
    try {
      await this.documents.insert(next);
    } catch (error) {
      throw error instanceof DuplicateKeyError ? new ETagConflictError(next.id) : error;
    }
  }
}
