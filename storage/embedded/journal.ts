import { createReadStream, promises as fs } from 'fs';
import { dirname } from 'path';
import { createInterface } from 'readline';
import { componentLogger } from '../../core/logger';
import { decode, encode } from './codec';

const log = componentLogger('storage');

export type JournalEntry =
  | { op: 'put'; doc: { id: string } }
  | { op: 'del'; id: string };

interface PendingWrite {
  line: string;
  undo: () => void;
  resolve: () => void;
  reject: (error: Error) => void;
}

export interface JournalOptions {
  /** Current content, for compaction: called only when no write is in flight. */
  snapshot: () => Iterable<JournalEntry>;
  liveCount: () => number;
  /** Compaction starts once this many lines were appended and they outnumber live docs 2:1. */
  compactAfter: number;
}

/**
 * Replays a journal line by line (the file can be far larger than the live data). A torn
 * last line (kill -9 during a write) is dropped, not an error: it was never acknowledged.
 */
export async function readJournal(file: string,
  apply: (entry: JournalEntry) => void): Promise<void> {
  let input: ReturnType<typeof createReadStream>;
  try {
    await fs.access(file);
    input = createReadStream(file, { encoding: 'utf8' });
  } catch {
    return;
  }
  let previous: string | undefined;
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (previous !== undefined) {
      apply(parseLine(file, previous, number));
    }
    previous = line === '' ? undefined : line;
    number += 1;
  }
  if (previous !== undefined) {
    const last = tryParse(previous);
    if (last !== undefined) {
      apply(last);
    }
  }
}

function tryParse(line: string): JournalEntry | undefined {
  try {
    return decode(line) as JournalEntry;
  } catch {
    return undefined;
  }
}

function parseLine(file: string, line: string, number: number): JournalEntry {
  const entry = tryParse(line);
  if (entry === undefined) {
    throw new Error(`journal ${file} is corrupt at line ${number}`);
  }
  return entry;
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: fs.FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** The store was closed: retrying cannot help. */
export class StoreClosedError extends Error {
  constructor(file: string) {
    super(`journal ${file} is closed`);
    this.name = 'StoreClosedError';
  }
}

/** Writes entries a megabyte at a time: a snapshot never sits whole in memory. */
async function writeChunked(handle: fs.FileHandle, entries: JournalEntry[]): Promise<number> {
  let size = 0;
  let chunk: string[] = [];
  let chunkLength = 0;
  for (let index = 0; index <= entries.length; index += 1) {
    const entry = entries[index];
    if (entry !== undefined) {
      const line = `${encode(entry)}\n`;
      chunk.push(line);
      chunkLength += line.length;
    }
    if (chunkLength >= 1 << 20 || (index === entries.length && chunk.length > 0)) {
      const data = Buffer.from(chunk.join(''), 'utf8');
      await writeAll(handle, data);
      size += data.length;
      chunk = [];
      chunkLength = 0;
    }
  }
  return size;
}

/**
 * Append-only journal of one collection. A write resolves only once it is fsynced; writes
 * that arrive while an fsync runs are batched into the next one (group commit).
 */
export class Journal {
  private handle: fs.FileHandle | undefined;
  private size = 0;
  private pending: PendingWrite[] = [];
  private flushing: Promise<void> | undefined;
  private appendedSinceCompaction = 0;

  constructor(readonly file: string, private readonly options: JournalOptions) {}

  /** Rewrites the file from the snapshot (compaction on start), then opens it for appends. */
  async open(): Promise<void> {
    await this.rewrite();
  }

  /**
   * Queues a line; on a failed write, `undo` runs for it and for every write queued after
   * it (newest first), so memory never holds what the disk refused.
   */
  append(entry: JournalEntry, undo: () => void): Promise<void> {
    if (this.handle === undefined) {
      undo();
      return Promise.reject(new StoreClosedError(this.file));
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ line: `${encode(entry)}\n`, undo, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle?.close();
    this.handle = undefined;
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      await this.writeBatch(batch);
      if (this.pending.length === 0 && this.shouldCompact()) {
        // A failed compaction leaves the journal as it was; it is tried again later.
        await this.rewrite().catch((error: unknown) => {
          log.warn('storage.compaction_failed', { error: errorName(error) });
        });
      }
    }
    this.flushing = undefined;
  }

  private async writeBatch(batch: PendingWrite[]): Promise<void> {
    const data = Buffer.from(batch.map((write) => write.line).join(''), 'utf8');
    try {
      const handle = this.requireHandle();
      await writeAll(handle, data);
      await handle.datasync();
      this.size += data.length;
      this.appendedSinceCompaction += batch.length;
      batch.forEach((write) => write.resolve());
    } catch (cause) {
      await this.failBatch(batch, cause);
    }
  }

  private async failBatch(batch: PendingWrite[], cause: unknown): Promise<void> {
    const failed = [...batch, ...this.pending.splice(0)];
    for (const write of [...failed].reverse()) {
      write.undo();
    }
    // Drop whatever part of the batch reached the file, so the next write starts clean.
    await this.handle?.truncate(this.size).catch(() => undefined);
    const error = cause instanceof Error ? cause : new Error(String(cause));
    failed.forEach((write) => write.reject(error));
  }

  private requireHandle(): fs.FileHandle {
    if (this.handle === undefined) {
      throw new StoreClosedError(this.file);
    }
    return this.handle;
  }

  private shouldCompact(): boolean {
    const appended = this.appendedSinceCompaction;
    return appended >= this.options.compactAfter && appended > 2 * this.options.liveCount();
  }

  private async rewrite(): Promise<void> {
    // Taken now, in one go: documents are replaced, never changed in place, so these
    // references stay the state of this instant while the file is written.
    const entries = [...this.options.snapshot()];
    const temp = `${this.file}.tmp`;
    const out = await fs.open(temp, 'w', 0o600);
    let size = 0;
    try {
      // a temporary file left by a crash keeps its old mode: owner only, whatever it was
      await out.chmod(0o600);
      size = await writeChunked(out, entries);
      await out.sync();
    } finally {
      await out.close();
    }
    // The old handle stays valid until the new file is in place: a failed compaction
    // leaves the journal as it was.
    await fs.rename(temp, this.file);
    await syncDirectory(dirname(this.file));
    const previous = this.handle;
    this.handle = await fs.open(this.file, 'a');
    await previous?.close();
    this.size = size;
    this.appendedSinceCompaction = 0;
  }
}
