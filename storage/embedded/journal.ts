import { constants, promises as fs } from 'fs';
import { dirname } from 'path';
import { componentLogger } from '../../core/logger';
import { readJournal, type JournalEntry } from './journalReader';
import { Segment, StoreClosedError, type Slot } from './slots';

export type { JournalEntry } from './journalReader';
export { StoreClosedError } from './slots';

const log = componentLogger('storage');

interface PendingWrite {
  line: string;
  /** The document's slot, moved to the file once the line is fsynced. */
  slot?: Slot;
  undo: () => void;
  resolve: () => void;
  reject: (error: Error) => void;
}

export interface JournalOptions {
  /** The live documents, for compaction: called only when no write is in flight. */
  snapshot: () => Iterable<Slot>;
  liveCount: () => number;
  /** Compaction starts once this many lines were appended and they outnumber live docs 2:1. */
  compactAfter: number;
}

/** One line of the journal read at start, and where it is. */
export type LoadLine = (entry: JournalEntry, segment: Segment, offset: number,
  length: number) => void;

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

/**
 * Appends are opened O_DSYNC where the platform has it: each write returns once its data
 * (and what is needed to read it back) is on stable storage, the guarantee of a write
 * followed by fdatasync, in one call to libuv's threads instead of two (each costs the
 * event loop ~0.1 ms in a VM). Elsewhere, each batch is followed by fdatasync.
 */
const DSYNC: number | undefined = constants.O_DSYNC;
const APPEND_FLAGS = DSYNC === undefined ? 'a'
  : constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | DSYNC;

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Writes the slots' lines a megabyte at a time through one reused buffer (a snapshot never
 * sits whole in memory, and fresh megabytes would fragment the C heap); returns each
 * line's offset and length, newline excluded.
 */
async function writeSlots(handle: fs.FileHandle, slots: readonly Slot[]):
Promise<{ places: Array<[number, number]>; size: number }> {
  const places: Array<[number, number]> = [];
  const buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  let size = 0;
  // lines that follow each other on disk are read together: one read for a run of them
  let run: { segment: Segment; offset: number; length: number; at: number } | undefined;
  const endRun = (): void => {
    run?.segment.readInto(buffer, run.at, run.offset, run.length);
    run = undefined;
  };
  const flush = async (): Promise<void> => {
    endRun();
    await writeAll(handle, buffer.subarray(0, used));
    size += used;
    used = 0;
  };
  for (const slot of slots) {
    // a line on disk is copied as bytes: no string per document (a restart on 10,000
    // conversations made 27 MB of them)
    const place = slot.place();
    if (place !== undefined && place.length < buffer.length) {
      if (used + place.length + 1 > buffer.length) {
        await flush();
      }
      places.push([size + used, place.length]);
      // the newline between two lines on disk is copied with them
      const follows = run !== undefined && run.segment === place.segment &&
        run.offset + run.length + 1 === place.offset && run.at + run.length + 1 === used;
      if (run !== undefined && follows) {
        run.length = place.offset + place.length - run.offset;
      } else {
        endRun();
        run = { segment: place.segment, offset: place.offset, length: place.length, at: used };
      }
      buffer[used + place.length] = NEWLINE;
      used += place.length + 1;
      continue;
    }
    endRun();
    const line = `${slot.line()}\n`;
    const length = Buffer.byteLength(line, 'utf8');
    if (used + length > buffer.length) {
      await flush();
    }
    places.push([size + used, length - 1]);
    if (length > buffer.length) {
      await writeAll(handle, Buffer.from(line, 'utf8'));
      size += length;
    } else {
      used += buffer.write(line, used, 'utf8');
    }
  }
  await flush();
  return { places, size };
}

/**
 * Append-only journal of one collection. A write resolves only once it is fsynced; writes
 * that arrive while an fsync runs are batched into the next one (group commit). Documents
 * are read back from the file through their slots.
 */
export class Journal {
  private handle: fs.FileHandle | undefined;
  private reader: Segment | undefined;
  private size = 0;
  private pending: PendingWrite[] = [];
  private flushing: Promise<void> | undefined;
  private appendedSinceCompaction = 0;

  constructor(readonly file: string, private readonly options: JournalOptions) {}

  /** Replays the file as it is, each line with its place in it (before open()). */
  async load(apply: LoadLine): Promise<void> {
    let segment: Segment;
    try {
      segment = new Segment(this.file);
    } catch (error) {
      if (error instanceof Error && Reflect.get(error, 'code') === 'ENOENT') {
        return;
      }
      throw error;
    }
    this.reader = segment;
    await readJournal(this.file, (entry, offset, length) => apply(entry, segment, offset,
      length));
  }

  /** Rewrites the file from the snapshot (compaction on start), then opens it for appends. */
  async open(): Promise<void> {
    await this.rewrite();
  }

  /**
   * Queues a line; on a failed write, `undo` runs for it and for every write queued after
   * it (newest first), so memory never holds what the disk refused. Once fsynced, `slot`
   * (the document the line holds) is moved to its place in the file. `onQueued` runs once
   * the line is queued (a closed journal refuses it at once); what it throws is only logged,
   * since the line is written whatever its listener does.
   */
  append(line: string, undo: () => void, slot?: Slot, onQueued?: () => void): Promise<void> {
    if (this.handle === undefined) {
      undo();
      return Promise.reject(new StoreClosedError(this.file));
    }
    const written = new Promise<void>((resolve, reject) => {
      this.pending.push({ line: `${line}\n`, slot, undo, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
    try {
      onQueued?.();
    } catch (error) {
      log.warn('storage.accepted_listener_failed', { error: errorName(error) });
    }
    return written;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle?.close();
    this.handle = undefined;
    this.reader?.close();
    this.reader = undefined;
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
    const lines = batch.map((write) => Buffer.from(write.line, 'utf8'));
    const data = Buffer.concat(lines);
    try {
      const handle = this.requireHandle();
      await writeAll(handle, data);
      if (DSYNC === undefined) {
        await handle.datasync();
      }
      this.placeBatch(batch, lines);
      this.size += data.length;
      this.appendedSinceCompaction += batch.length;
      batch.forEach((write) => write.resolve());
    } catch (cause) {
      await this.failBatch(batch, cause);
    }
  }

  /** The batch's documents are on disk now: memory drops their lines. */
  private placeBatch(batch: PendingWrite[], lines: Buffer[]): void {
    const reader = this.reader;
    if (reader === undefined) {
      throw new StoreClosedError(this.file);
    }
    let offset = this.size;
    batch.forEach((write, index) => {
      const length = lines[index].length;
      write.slot?.moveTo(reader, offset, length - 1);
      offset += length;
    });
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
    // Taken now, in one go: a slot is never reused for another version, so these are the
    // state of this instant while the file is written (later writes wait for the end).
    const slots = [...this.options.snapshot()];
    const temp = `${this.file}.tmp`;
    const out = await fs.open(temp, 'w', 0o600);
    let written: Awaited<ReturnType<typeof writeSlots>>;
    try {
      // a temporary file left by a crash keeps its old mode: owner only, whatever it was
      await out.chmod(0o600);
      written = await writeSlots(out, slots);
      await out.sync();
    } finally {
      await out.close();
    }
    // The old handle and reader stay valid until the new file is in place: a failed
    // compaction leaves the journal as it was.
    await fs.rename(temp, this.file);
    await syncDirectory(dirname(this.file));
    const reader = new Segment(this.file);
    const handle = await fs.open(this.file, APPEND_FLAGS);
    slots.forEach((slot, index) => {
      const [offset, length] = written.places[index];
      slot.moveTo(reader, offset, length);
    });
    const previous = { handle: this.handle, reader: this.reader };
    this.handle = handle;
    this.reader = reader;
    previous.reader?.close();
    await previous.handle?.close();
    this.size = written.size;
    this.appendedSinceCompaction = 0;
  }
}
