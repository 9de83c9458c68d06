import { componentLogger } from '../core/logger';
import { MemoryCollection } from '../directline/memoryCollection';
import { isPermanent } from '../storage/retry';
import {
  DuplicateKeyError, type Collection, type CollectionSpec, type Filter, type FindOptions,
  type StoredDocument, type WriteOptions,
} from '../storage/types';

const log = componentLogger('security.store');

/**
 * A collection that keeps working in memory while the store refuses writes, then writes
 * what it kept once the store is back (replay), without a restart. Only for data that
 * keeps the conversation going (Direct Line log, bot state): a citizen in danger must get
 * an answer even when the disk is full. Records (pré-plaintes...) are never given one:
 * they are refused honestly instead of being kept where a crash would lose them.
 */
export class WriteBehindCollection<T extends StoredDocument> implements Collection<T> {
  private readonly overlay: MemoryCollection<T>;
  /** Ids whose latest version is in memory only: a document, or deleted (absent). */
  private readonly pending = new Set<string>();
  private flushing: Promise<void> | undefined;

  constructor(private readonly inner: Collection<T>, private readonly spec: CollectionSpec) {
    this.overlay = new MemoryCollection<T>(spec);
  }

  /** Writes waiting for the store. */
  get waiting(): number {
    return this.pending.size;
  }

  async insert(doc: T, options?: WriteOptions): Promise<void> {
    if (this.pending.size > 0 && (await this.get(doc.id))) {
      throw new DuplicateKeyError(this.spec.name, doc.id);
    }
    return this.orKeep(() => this.inner.insert(doc, options), async () => {
      if (await this.get(doc.id)) {
        throw new DuplicateKeyError(this.spec.name, doc.id);
      }
      await this.keep(doc);
    });
  }

  async get(id: string): Promise<T | undefined> {
    return this.pending.has(id) ? this.overlay.get(id) : this.inner.get(id);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    if (this.pending.size === 0) {
      return this.inner.find(filter, options);
    }
    const stored = await this.inner.find(filter, { sort: options.sort });
    const merged = new MemoryCollection<T>({ name: this.spec.name });
    for (const doc of stored.filter((candidate) => !this.pending.has(candidate.id))) {
      await merged.put(doc);
    }
    for (const doc of await this.overlay.find(filter)) {
      await merged.put(doc);
    }
    return merged.find(filter, options);
  }

  async count(filter: Filter): Promise<number> {
    return this.pending.size === 0 ? this.inner.count(filter) : (await this.find(filter)).length;
  }

  async update(id: string, changes: Partial<T>, when?: Filter): Promise<T | undefined> {
    if (!this.pending.has(id)) {
      let refused = false;
      const done = await this.orKeep(() => this.inner.update(id, changes, when), async () => {
        refused = true;
        return undefined;
      });
      const current = refused ? await this.inner.get(id) : undefined;
      if (!current) {
        return done;
      }
      await this.overlay.put(current);
    }
    const updated = await this.overlay.update(id, changes, when);
    if (updated) {
      this.mark(id);
    } else if (!this.pending.has(id)) {
      await this.overlay.delete(id);
    }
    return updated;
  }

  async put(doc: T): Promise<void> {
    if (this.pending.has(doc.id)) {
      return this.keep(doc);
    }
    return this.orKeep(() => this.inner.put(doc), () => this.keep(doc));
  }

  async delete(id: string): Promise<boolean> {
    const existed = (await this.get(id)) !== undefined;
    if (this.pending.has(id)) {
      await this.overlay.delete(id);
      return existed;
    }
    return this.orKeep(() => this.inner.delete(id), async () => {
      await this.overlay.delete(id);
      this.mark(id);
      return existed;
    });
  }

  async deleteMany(filter: Filter): Promise<number> {
    if (this.pending.size === 0) {
      return this.orKeep(() => this.inner.deleteMany(filter), () => this.deleteEach(filter));
    }
    return this.deleteEach(filter);
  }

  /** Writes what memory holds to the store; stops at the first refusal (tried again later). */
  flush(): Promise<void> {
    this.flushing ??= this.replay().finally(() => { this.flushing = undefined; });
    return this.flushing;
  }

  private async replay(): Promise<void> {
    for (const id of [...this.pending]) {
      const doc = await this.overlay.get(id);
      try {
        if (doc) {
          await this.inner.put(doc);
        } else {
          await this.inner.delete(id);
        }
      } catch {
        return;
      }
      // a newer write may have come in meanwhile: it stays pending
      const now = await this.overlay.get(id);
      if (JSON.stringify(now) === JSON.stringify(doc)) {
        this.pending.delete(id);
        await this.overlay.delete(id);
      }
    }
    if (this.pending.size === 0) {
      log.info('store.replayed', { collection: this.spec.name });
    }
  }

  private async deleteEach(filter: Filter): Promise<number> {
    const doomed = await this.find(filter);
    for (const doc of doomed) {
      await this.overlay.delete(doc.id);
      this.mark(doc.id);
    }
    return doomed.length;
  }

  private async keep(doc: T): Promise<void> {
    await this.overlay.put(doc);
    this.mark(doc.id);
  }

  private mark(id: string): void {
    if (this.pending.size === 0) {
      log.warn('store.writes_kept_in_memory', { collection: this.spec.name });
    }
    this.pending.add(id);
  }

  /** The store's answer, or, when it fails for a reason that is not the request's, memory. */
  private async orKeep<R>(write: () => Promise<R>, fallback: () => Promise<R>): Promise<R> {
    try {
      const result = await write();
      if (this.pending.size > 0) {
        // the store answers again: what memory kept goes first in line
        void this.flush();
      }
      return result;
    } catch (error) {
      if (isPermanent(error)) {
        throw error;
      }
      return fallback();
    }
  }
}
