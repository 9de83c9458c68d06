import { join } from 'path';
import {
  assertChanges, assertFilter, assertFindOptions, assertId,
} from '../filter';
import {
  DuplicateKeyError, type ChangeEvent, type Collection, type CollectionSpec, type Filter,
  type FindOptions, type StoredDocument,
} from '../types';
import type { ChangeBus } from './changes';
import { decode, encode } from './codec';
import { EqualityIndex, UniqueIndex } from './indexes';
import { Journal, readJournal, type JournalEntry } from './journal';
import { matches, sortComparator } from './match';

export interface CollectionContext {
  dataDir: string;
  now: () => number;
  bus: ChangeBus;
  compactAfter: number;
}

/** Drops undefined fields and keeps Dates: what is in memory is exactly what reopens. */
function normalise<T>(doc: T): T {
  return decode(encode(doc)) as T;
}

/**
 * One collection in memory, journaled to `<dataDir>/<name>.jsonl`. Checks and changes
 * happen synchronously, so compare-and-set and unique constraints are atomic; the call
 * resolves once the change is fsynced.
 */
export class EmbeddedCollection<T extends StoredDocument> implements Collection<T> {
  readonly ready: Promise<void>;
  private readonly docs = new Map<string, T>();
  private readonly unique: UniqueIndex[];
  private readonly lookups: EqualityIndex[];
  private readonly journal: Journal;

  constructor(readonly spec: CollectionSpec, private readonly context: CollectionContext) {
    this.unique = (spec.unique ?? []).map((fields) => new UniqueIndex(fields));
    // Like MongoDB with a compound index, the leading field of each index serves lookups.
    const fields = (spec.indexes ?? []).map((keys) => keys[0]?.field);
    const uniqueFields = (spec.unique ?? []).map((set) => set[0]);
    const indexed = new Set([...fields, ...uniqueFields].filter((f) => f !== undefined));
    this.lookups = [...indexed].map((field) => new EqualityIndex(field));
    this.journal = new Journal(join(context.dataDir, `${spec.name}.jsonl`), {
      snapshot: () => this.snapshot(),
      liveCount: () => this.docs.size,
      compactAfter: context.compactAfter,
    });
    this.ready = this.load();
  }

  async insert(doc: T): Promise<void> {
    assertId(doc.id);
    await this.ready;

    const evictions = this.evictExpiredHolders(doc);
    if (this.docs.has(doc.id)) {
      throw new DuplicateKeyError(this.spec.name, 'id');
    }
    this.assertUnique(doc);
    await Promise.all([...evictions, this.write(doc.id, normalise(doc), 'insert')]);
  }

  async get(id: string): Promise<T | undefined> {
    assertId(id);
    await this.ready;
    const doc = this.live(id);
    return doc === undefined ? undefined : structuredClone(doc);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    assertFindOptions(options);
    await this.ready;

    let found = this.matching(filter);
    if (options.sort !== undefined && options.sort.length > 0) {
      found = found.sort(sortComparator<T>(options.sort));
    }
    const start = options.skip ?? 0;
    const end = options.limit === undefined || options.limit === 0
      ? undefined : start + options.limit;
    return found.slice(start, end).map((doc) => structuredClone(doc));
  }

  async count(filter: Filter): Promise<number> {
    assertFilter(filter);
    await this.ready;
    return this.matching(filter).length;
  }

  async update(id: string, changes: Partial<T>, when?: Filter): Promise<T | undefined> {
    assertId(id);
    assertChanges(changes);
    if (when !== undefined) {
      assertFilter(when);
    }
    await this.ready;

    const current = this.live(id);
    if (current === undefined || (when !== undefined && !matches(current, when))) {
      return undefined;
    }
    const next = normalise({ ...current, ...changes, id });
    const evictions = this.evictExpiredHolders(next);
    this.assertUnique(next);
    await Promise.all([...evictions, this.write(id, next, 'update')]);
    return structuredClone(next);
  }

  async put(doc: T): Promise<void> {
    assertId(doc.id);
    await this.ready;

    const evictions = this.evictExpiredHolders(doc);
    this.assertUnique(doc);
    const type = this.live(doc.id) === undefined ? 'insert' : 'replace';
    await Promise.all([...evictions, this.write(doc.id, normalise(doc), type)]);
  }

  async delete(id: string): Promise<boolean> {
    assertId(id);
    await this.ready;

    const existed = this.live(id) !== undefined;
    if (this.docs.has(id)) {
      await this.write(id, undefined, 'delete');
    }
    return existed;
  }

  async deleteMany(filter: Filter): Promise<number> {
    assertFilter(filter);
    await this.ready;

    const ids = this.matching(filter).map((doc) => doc.id);
    await Promise.all(ids.map((id) => this.write(id, undefined, 'delete')));
    return ids.length;
  }

  /** Deletes every document whose retention date has passed; returns how many. */
  async purgeExpired(): Promise<number> {
    await this.ready;
    const expired = [...this.docs.values()].filter((doc) => this.isExpired(doc));
    await Promise.all(expired.map((doc) => this.write(doc.id, undefined, 'delete')));
    return expired.length;
  }

  close(): Promise<void> {
    return this.ready.then(() => this.journal.close(), () => undefined);
  }

  private async load(): Promise<void> {
    await readJournal(this.journal.file, (entry) => {
      this.setLocal(entry.op === 'put' ? entry.doc.id : entry.id,
        entry.op === 'put' ? (entry.doc as T) : undefined);
    });
    await this.journal.open();
  }

  private *snapshot(): Iterable<JournalEntry> {
    for (const doc of this.docs.values()) {
      yield { op: 'put', doc };
    }
  }

  private isExpired(doc: T): boolean {
    const field = this.spec.ttlField;
    const value = field === undefined ? undefined : (doc as Record<string, unknown>)[field];
    return value instanceof Date && value.getTime() <= this.context.now();
  }

  private live(id: string): T | undefined {
    const doc = this.docs.get(id);
    return doc === undefined || this.isExpired(doc) ? undefined : doc;
  }

  private matching(filter: Filter): T[] {
    const lookup = this.lookups.find((index) => index.field in filter);
    const ids = lookup === undefined ? this.docs.keys() : lookup.candidates(filter[lookup.field]);
    const found: T[] = [];
    for (const id of ids) {
      const doc = this.live(id);
      if (doc !== undefined && matches(doc, filter)) {
        found.push(doc);
      }
    }
    return found;
  }

  /** Expired documents still on file must not block a new one: they no longer exist. */
  private evictExpiredHolders(doc: T): Promise<void>[] {
    const holders = [doc.id, ...this.unique.map((index) => index.ownerOf(doc))];
    const evictions: Promise<void>[] = [];
    for (const id of new Set(holders)) {
      const holder = id === undefined ? undefined : this.docs.get(id);
      if (holder !== undefined && this.isExpired(holder)) {
        // A failed eviction fails the write queued after it too, which reports it.
        evictions.push(this.write(holder.id, undefined, 'delete').catch(() => undefined));
      }
    }
    return evictions;
  }

  private assertUnique(doc: T): void {
    for (const index of this.unique) {
      if (index.ownerOf(doc) !== undefined) {
        throw new DuplicateKeyError(this.spec.name, index.fields.join('+'));
      }
    }
  }

  private setLocal(id: string, next: T | undefined): void {
    const previous = this.docs.get(id);
    if (previous !== undefined) {
      this.unique.forEach((index) => index.remove(previous));
      this.lookups.forEach((index) => index.remove(previous));
      this.docs.delete(id);
    }
    if (next !== undefined) {
      this.docs.set(id, next);
      this.unique.forEach((index) => index.add(next));
      this.lookups.forEach((index) => index.add(next));
    }
  }

  private async write(id: string, next: T | undefined, type: ChangeEvent<T>['type']) {
    const previous = this.docs.get(id);
    this.setLocal(id, next);
    const entry: JournalEntry = next === undefined ? { op: 'del', id } : { op: 'put', doc: next };
    await this.journal.append(entry, () => this.setLocal(id, previous));
    this.context.bus.emit(this.spec.name, { type, id, doc: next });
  }
}
