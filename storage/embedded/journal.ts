import { promises as fs } from 'fs';
import { dirname } from 'path';
import { decode, encode } from './codec';

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

/** Reads a journal; a torn last line (kill -9 during a write) is dropped, not an error. */
export async function readJournal(file: string): Promise<JournalEntry[]> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return '';
    }
    throw error;
  });
  const lines = text.split('\n');
  const entries: JournalEntry[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const isLast = index === lines.length - 1;
    if (line === '') {
      continue;
    }
    try {
      entries.push(decode(line) as JournalEntry);
    } catch {
      if (!isLast) {
        throw new Error(`journal ${file} is corrupt at line ${index + 1}`);
      }
    }
  }
  return entries;
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
      return Promise.reject(new Error(`journal ${this.file} is closed`));
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
        await this.rewrite().catch(() => undefined);
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
      throw new Error(`journal ${this.file} is closed`);
    }
    return this.handle;
  }

  private shouldCompact(): boolean {
    const appended = this.appendedSinceCompaction;
    return appended >= this.options.compactAfter && appended > 2 * this.options.liveCount();
  }

  private async rewrite(): Promise<void> {
    const lines = [...this.options.snapshot()].map((entry) => `${encode(entry)}\n`);
    const data = Buffer.from(lines.join(''), 'utf8');
    const temp = `${this.file}.tmp`;
    const out = await fs.open(temp, 'w');
    try {
      await writeAll(out, data);
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
    this.size = data.length;
    this.appendedSinceCompaction = 0;
  }
}
