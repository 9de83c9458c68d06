import { closeSync, openSync, readSync } from 'fs';
import { decode, encode } from './codec';

/** The store was closed: retrying cannot help. */
export class StoreClosedError extends Error {
  constructor(file: string) {
    super(`journal ${file} is closed`);
    this.name = 'StoreClosedError';
  }
}

/**
 * A journal file opened for reading. Documents are read back from it when asked for, so
 * memory holds their place in the file rather than the documents themselves. Reads are
 * synchronous on purpose: compare-and-set and unique checks stay atomic, and a line
 * written and fsynced moments ago is in the page cache.
 */
export class Segment {
  private fd: number | undefined;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'r');
  }

  read(offset: number, length: number): string {
    const buffer = Buffer.allocUnsafe(length);
    this.readInto(buffer, 0, offset, length);
    return buffer.toString('utf8');
  }

  /** The `length` bytes at `offset` copied into `buffer` at `at`, as they are on disk. */
  readInto(buffer: Buffer, at: number, offset: number, length: number): void {
    if (this.fd === undefined) {
      throw new StoreClosedError(this.file);
    }
    let done = 0;
    while (done < length) {
      const read = readSync(this.fd, buffer, at + done, length - done, offset + done);
      if (read === 0) {
        throw new Error(`journal ${this.file} ends before offset ${offset + length}`);
      }
      done += read;
    }
  }

  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
  }
}

/** The journal line holding a document: `{"op":"put","doc":…}`. */
export function putLine(encodedDoc: string): string {
  return `{"op":"put","doc":${encodedDoc}}`;
}

/**
 * Where the current version of one document is: its journal line in memory until the
 * line is fsynced, then its place in the journal. A slot is never reused for another
 * version; compaction moves it to the new file in place, so whoever holds it (an undo
 * of a failed write) still reads the right bytes.
 */
export class Slot {
  private text: string | undefined;
  private segment: Segment | undefined;
  private offset = 0;
  private length = 0;

  /** `expiresAt`: the TTL field in milliseconds, kept so that expiry needs no read. */
  private constructor(readonly expiresAt: number | undefined) {}

  static inMemory(line: string, expiresAt: number | undefined): Slot {
    const slot = new Slot(expiresAt);
    slot.text = line;
    return slot;
  }

  static onDisk(segment: Segment, offset: number, length: number,
    expiresAt: number | undefined): Slot {
    const slot = new Slot(expiresAt);
    slot.moveTo(segment, offset, length);
    return slot;
  }

  /** The journal line, without its newline. */
  line(): string {
    if (this.text !== undefined) {
      return this.text;
    }
    if (this.segment === undefined) {
      throw new Error('document slot has no content');
    }
    return this.segment.read(this.offset, this.length);
  }

  /** Where the line is on disk (newline excluded); undefined while it is in memory. */
  place(): { segment: Segment; offset: number; length: number } | undefined {
    return this.text === undefined && this.segment !== undefined
      ? { segment: this.segment, offset: this.offset, length: this.length }
      : undefined;
  }

  /** A fresh copy of the document: callers may change it freely. */
  document(): unknown {
    const entry = decode(this.line());
    const doc = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'doc')
      : undefined;
    if (typeof doc !== 'object' || doc === null) {
      throw new Error(`journal line at ${this.offset} does not hold a document`);
    }
    return doc;
  }

  /** The line is now at `offset` (its `length` bytes, newline excluded) of `segment`. */
  moveTo(segment: Segment, offset: number, length: number): void {
    this.segment = segment;
    this.offset = offset;
    this.length = length;
    this.text = undefined;
  }
}

/** The TTL field of a document, in milliseconds, when it is a Date. */
export function expiryOf(doc: object, ttlField: string | undefined): number | undefined {
  const value = ttlField === undefined ? undefined : Reflect.get(doc, ttlField);
  return value instanceof Date ? value.getTime() : undefined;
}

/** A version about to be written: its slot and the document it reads back as. */
export interface Version<T> {
  slot: Slot;
  /** Parsed from the line when first asked for: a collection without indexes never is. */
  readonly doc: T;
}

/**
 * The document as it will read back (undefined fields dropped, Dates kept) and its journal
 * line: what is in memory is exactly what reopens.
 */
export function versionOf<T extends object>(doc: T, ttlField: string | undefined): Version<T> {
  const text = encode(doc);
  let normalised: T | undefined;
  return {
    // the TTL field read before the round trip: a Date there is one after it too
    slot: Slot.inMemory(putLine(text), expiryOf(doc, ttlField)),
    get doc(): T {
      // The engine stores any document shape; the caller's type describes what it put in.
      normalised ??= decode(text) as T;
      return normalised;
    },
  };
}
