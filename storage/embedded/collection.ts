import { join } from 'path';
import {
  assertChanges, assertFilter, assertFindOptions, assertId,
} from '../filter';
import {
  DuplicateKeyError, type ChangeEvent, type Collection, type CollectionSpec, type Filter,
  type FindOptions, type StoredDocument, type WriteOptions,
} from '../types';
import type { ChangeBus } from './changes';
import { encode } from './codec';
import { EqualityIndex, UniqueIndex } from './indexes';
import { Journal } from './journal';
import { compareIds, matches, sortComparator } from './match';
import { expiryOf, Slot, versionOf, type Version } from './slots';

export interface CollectionContext {
  dataDir: string;
  now: () => number;
  bus: ChangeBus;
  compactAfter: number;
}

/**
 * One collection journaled to `<dataDir>/<name>.jsonl`. Memory holds the indexes and,
 * per document, its place in the journal (its line until fsynced): documents are read
 * back from the file when asked for, so memory does not grow with their size. Checks and
 * changes happen synchronously, so compare-and-set and unique constraints are atomic;
 * the call resolves once the change is fsynced.
 */
export class EmbeddedCollection<T extends StoredDocument> implements Collection<T> {
  readonly ready: Promise<void>;
  private readonly docs = new Map<string, Slot>();
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
      snapshot: () => this.docs.values(),
      liveCount: () => this.docs.size,
      compactAfter: context.compactAfter,
    });
    this.ready = this.load();
  }

  async insert(doc: T, options: WriteOptions = {}): Promise<void> {
    assertId(doc.id);
    await this.ready;

    const next = this.version(doc);
    const evictions = this.evictExpiredHolders(doc.id, next);
    if (this.docs.has(doc.id)) {
      throw new DuplicateKeyError(this.spec.name, 'id');
    }
    this.assertUnique(next);
    await Promise.all([...evictions, this.write(doc.id, next, 'insert', options.onAccepted)]);
  }

  async get(id: string): Promise<T | undefined> {
    assertId(id);
    await this.ready;
    const slot = this.live(id);
    return slot === undefined ? undefined : this.read(slot);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    assertFilter(filter);
    assertFindOptions(options);
    await this.ready;

    const byId = options.sort?.length === 1 && options.sort[0]?.field === 'id'
      ? options.sort[0].direction : undefined;
    if (byId !== undefined) {
      return this.pageById(filter, byId, options.skip ?? 0, options.limit ?? 0);
    }
    let found = this.matching(filter);
    if (options.sort !== undefined && options.sort.length > 0) {
      found = found.sort(sortComparator<T>(options.sort));
    }
    const start = options.skip ?? 0;
    const end = options.limit === undefined || options.limit === 0
      ? undefined : start + options.limit;
    return found.slice(start, end);
  }

  async count(filter: Filter): Promise<number> {
    assertFilter(filter);
    await this.ready;
    if (Object.keys(filter).length === 0) {
      return [...this.docs.values()].filter((slot) => !this.isExpired(slot)).length;
    }
    return this.matching(filter).length;
  }

  async update(id: string, changes: Partial<T>, when?: Filter): Promise<T | undefined> {
    assertId(id);
    assertChanges(changes);
    if (when !== undefined) {
      assertFilter(when);
    }
    await this.ready;

    const slot = this.live(id);
    const current = slot === undefined ? undefined : this.read(slot);
    if (current === undefined || (when !== undefined && !matches(current, when))) {
      return undefined;
    }
    const next = this.version({ ...current, ...changes, id });
    const evictions = this.evictExpiredHolders(id, next);
    this.assertUnique(next);
    await Promise.all([...evictions, this.write(id, next, 'update')]);
    return next.doc;
  }

  async put(doc: T): Promise<void> {
    assertId(doc.id);
    await this.ready;

    const next = this.version(doc);
    const evictions = this.evictExpiredHolders(doc.id, next);
    this.assertUnique(next);
    const type = this.live(doc.id) === undefined ? 'insert' : 'replace';
    await Promise.all([...evictions, this.write(doc.id, next, type)]);
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
    const expired = [...this.docs].filter(([, slot]) => this.isExpired(slot));
    await Promise.all(expired.map(([id]) => this.write(id, undefined, 'delete')));
    return expired.length;
  }

  close(): Promise<void> {
    return this.ready.then(() => this.journal.close(), () => this.journal.close());
  }

  private async load(): Promise<void> {
    await this.journal.load((entry, segment, offset, length) => {
      if (entry.op === 'put') {
        const slot = Slot.onDisk(segment, offset, length,
          expiryOf(entry.doc, this.spec.ttlField));
        this.setLocal(entry.doc.id, { slot, doc: entry.doc as T });
      } else {
        this.setLocal(entry.id, undefined);
      }
    });
    await this.journal.open();
  }

  private version(doc: T): Version<T> {
    return versionOf(doc, this.spec.ttlField);
  }

  private read(slot: Slot): T {
    // The engine stores any document shape; the caller's type describes what it put in.
    return slot.document() as T;
  }

  private isExpired(slot: Slot): boolean {
    return slot.expiresAt !== undefined && slot.expiresAt <= this.context.now();
  }

  private live(id: string): Slot | undefined {
    const slot = this.docs.get(id);
    return slot === undefined || this.isExpired(slot) ? undefined : slot;
  }

  /** Only the candidates of an equality index are read from disk, when one applies. */
  private candidates(filter: Filter): Iterable<string> {
    const lookup = this.lookups.find((index) => index.field in filter);
    return lookup === undefined ? this.docs.keys() : lookup.candidates(filter[lookup.field]);
  }

  /**
   * Sorted by id alone (paging through a whole collection): ids are ordered first, so only
   * the documents up to the end of the page are read (none skipped, without a filter).
   */
  private pageById(filter: Filter, direction: 1 | -1, skip: number, limit: number): T[] {
    const ids = [...this.candidates(filter)].sort(compareIds(direction));
    const everything = Object.keys(filter).length === 0;
    const page: T[] = [];
    let skipped = 0;
    for (const id of ids) {
      const slot = this.live(id);
      const doc = slot === undefined || (everything && skipped < skip) ? undefined
        : this.read(slot);
      if (slot === undefined || (doc !== undefined && !matches(doc, filter))) {
        continue;
      }
      if (doc === undefined || skipped < skip) {
        skipped += 1;
      } else if (page.push(doc) === limit) {
        break;
      }
    }
    return page;
  }

  private matching(filter: Filter): T[] {
    const found: T[] = [];
    for (const id of this.candidates(filter)) {
      const slot = this.live(id);
      const doc = slot === undefined ? undefined : this.read(slot);
      if (doc !== undefined && matches(doc, filter)) {
        found.push(doc);
      }
    }
    return found;
  }

  /** Expired documents still on file must not block a new one: they no longer exist. */
  private evictExpiredHolders(id: string, next: Version<T>): Promise<void>[] {
    const holders = [id, ...this.unique.map((index) => index.ownerOf(next.doc))];
    const evictions: Promise<void>[] = [];
    for (const holderId of new Set(holders)) {
      const holder = holderId === undefined ? undefined : this.docs.get(holderId);
      if (holderId !== undefined && holder !== undefined && this.isExpired(holder)) {
        // A failed eviction fails the write queued after it too, which reports it.
        evictions.push(this.write(holderId, undefined, 'delete').catch(() => undefined));
      }
    }
    return evictions;
  }

  private assertUnique(next: Version<T>): void {
    for (const index of this.unique) {
      if (index.ownerOf(next.doc) !== undefined) {
        throw new DuplicateKeyError(this.spec.name, index.fields.join('+'));
      }
    }
  }

  /** `next.doc` spares a read when the caller has the document at hand. */
  private setLocal(id: string, next: Slot | Version<T> | undefined): void {
    const previous = this.docs.get(id);
    if (previous !== undefined) {
      // the old version's index entries are found by reading it back once; without indexes
      // there is none (a restart replays 10,000 updated conversations without reading them)
      if (this.unique.length > 0 || this.lookups.length > 0) {
        const old = this.read(previous);
        this.unique.forEach((index) => index.remove(old));
        this.lookups.forEach((index) => index.remove(old));
      }
      this.docs.delete(id);
    }
    if (next !== undefined) {
      const slot = next instanceof Slot ? next : next.slot;
      if (this.unique.length === 0 && this.lookups.length === 0) {
        // nothing to index: the document is not parsed back at all
        this.docs.set(id, slot);
        return;
      }
      const doc = next instanceof Slot ? this.read(next) : next.doc;
      // one copy of the id string for the map and the indexes
      this.docs.set(doc.id, slot);
      this.unique.forEach((index) => index.add(doc));
      this.lookups.forEach((index) => index.add(doc));
    }
  }

  private async write(id: string, next: Version<T> | undefined,
    type: ChangeEvent<T>['type'], onQueued?: () => void): Promise<void> {
    const previous = this.docs.get(id);
    this.setLocal(id, next);
    const line = next === undefined ? encode({ op: 'del', id }) : next.slot.line();
    await this.journal.append(line, () => this.setLocal(id, previous), next?.slot, onQueued);
    if (this.context.bus.listens(this.spec.name)) {
      this.context.bus.emit(this.spec.name, { type, id, doc: next?.doc });
    }
  }
}
