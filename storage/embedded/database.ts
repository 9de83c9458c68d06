import { promises as fs } from 'fs';
import { componentLogger } from '../../core/logger';
import { assertSpec } from '../filter';
import { BOT_STATE_COLLECTION, CollectionStorage, type BotStateDocument } from '../botStorage';
import type {
  ChangeEvent, Collection, CollectionSpec, Database, Filter, HealthReport, StoredDocument,
  Subscription,
} from '../types';
import { ChangeBus } from './changes';
import { EmbeddedCollection } from './collection';
import { acquireDirectoryLock, type DirectoryLock } from './lock';

const log = componentLogger('storage');

export interface EmbeddedOptions {
  dataDir: string;
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
  /** How often expired documents are purged from memory and disk. */
  purgeIntervalMs?: number;
  /** Journal lines appended before a compaction is considered. */
  compactAfter?: number;
}

function sameSpec(a: CollectionSpec, b: CollectionSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The default engine: indexes in memory, documents in their journals, every change fsynced. */
export class EmbeddedDatabase implements Database {
  readonly engine = 'embedded';
  readonly botStorage;
  private readonly collections = new Map<string, EmbeddedCollection<StoredDocument>>();
  private readonly bus = new ChangeBus();
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  private constructor(private readonly options: EmbeddedOptions,
    private readonly lock: DirectoryLock) {
    this.botStorage = new CollectionStorage(
      this.collection<BotStateDocument>({ name: BOT_STATE_COLLECTION }));
    this.timer = setInterval(() => void this.purgeExpired(), options.purgeIntervalMs ?? 60_000);
    this.timer.unref();
  }

  static async open(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
    // citizens' conversations are in there: owner only, also for a folder made earlier
    await fs.mkdir(options.dataDir, { recursive: true, mode: 0o700 });
    await fs.chmod(options.dataDir, 0o700);
    const lock = await acquireDirectoryLock(options.dataDir);
    return new EmbeddedDatabase(options, lock);
  }

  collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T> {
    assertSpec(spec);
    const existing = this.collections.get(spec.name);
    if (existing !== undefined && !sameSpec(existing.spec, spec)) {
      throw new Error(`collection ${spec.name} is already open with another spec`);
    }
    const opened = existing ?? new EmbeddedCollection<StoredDocument>(spec, {
      dataDir: this.options.dataDir,
      now: this.options.now ?? (() => Date.now()),
      bus: this.bus,
      compactAfter: this.options.compactAfter ?? 10_000,
    });
    this.collections.set(spec.name, opened);
    // The engine stores any document shape; the caller's type describes what it put in.
    return opened as unknown as Collection<T>;
  }

  subscribe<T extends StoredDocument>(collection: string, filter: Filter,
    onChange: (event: ChangeEvent<T>) => void): Subscription {
    return this.bus.subscribe(collection, filter, (event) => {
      onChange(event as ChangeEvent<T>);
    });
  }

  async health(): Promise<HealthReport> {
    if (this.closed) {
      return { ok: false, engine: this.engine, detail: 'closed' };
    }
    const loads = [...this.collections.values()].map((c) => c.ready.then(() => true, () => false));
    const ok = (await Promise.all(loads)).every(Boolean);
    return ok ? { ok, engine: this.engine } : { ok, engine: this.engine, detail: 'load failed' };
  }

  /** Deletes expired documents in every collection; returns how many. */
  async purgeExpired(): Promise<number> {
    const counts = await Promise.all([...this.collections.values()].map((c) =>
      c.purgeExpired().catch((error: unknown) => {
        const kind = error instanceof Error ? error.name : typeof error;
        log.error('storage.purge_failed', { collection: c.spec.name, error: kind });
        return 0;
      })));
    return counts.reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    clearInterval(this.timer);
    await Promise.all([...this.collections.values()].map((c) => c.close()));
    await this.lock.release();
  }
}
