import { crc32 } from 'zlib';

/**
 * The compile cache file: V8 code caches of the server's modules (ours and node_modules'),
 * one file read in one go at start. Layout: "BNCC", the header's length (uint32 LE), the
 * header (JSON), then every entry's cached data one after the other.
 */
const MAGIC = Buffer.from('BNCC', 'latin1');
const FORMAT = 1;

/** One module's code cache, checked against its source and its own bytes before use. */
export interface CacheEntry {
  /** CRC-32 and length of the module's source: another source is another module. */
  sourceCrc: number;
  sourceLength: number;
  data: Buffer;
  /** CRC-32 of `data`: V8 does not checksum a code cache in release builds. */
  dataCrc: number;
}

export interface SourceKey {
  sourceCrc: number;
  sourceLength: number;
}

type HeaderEntry = [string, number, number, number, number, number];

interface Header {
  format: number;
  runtime: string;
  entries: HeaderEntry[];
}

/** A cache made by another Node, V8 or architecture is of no use: it is ignored whole. */
export function runtimeKey(): string {
  return `${process.version}/${process.versions.v8}/${process.arch}`;
}

export function sourceKey(source: string): SourceKey {
  return { sourceCrc: crc32(source), sourceLength: source.length };
}

export function encodeCache(entries: ReadonlyMap<string, CacheEntry>, runtime: string): Buffer {
  const rows: HeaderEntry[] = [];
  let offset = 0;
  for (const [file, entry] of entries) {
    rows.push([file, entry.sourceCrc, entry.sourceLength, offset, entry.data.length,
      entry.dataCrc]);
    offset += entry.data.length;
  }
  const header = Buffer.from(JSON.stringify({ format: FORMAT, runtime, entries: rows }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([MAGIC, length, header, ...[...entries.values()].map((e) => e.data)]);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isHeaderEntry(value: unknown): value is HeaderEntry {
  return Array.isArray(value) && value.length === 6 && typeof value[0] === 'string'
    && value.slice(1).every(isCount);
}

function isHeader(value: unknown): value is Header {
  return typeof value === 'object' && value !== null
    && 'format' in value && value.format === FORMAT
    && 'runtime' in value && typeof value.runtime === 'string'
    && 'entries' in value && Array.isArray(value.entries) && value.entries.every(isHeaderEntry);
}

function parseHeader(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The entries of a cache file, or a reason to ignore it whole (another runtime, another
 * format, a truncated or garbled file). Entries' bytes are checked only when used.
 */
export function decodeCache(file: Buffer, runtime: string):
  Map<string, CacheEntry> | { ignored: string } {
  if (file.length < 8 || !file.subarray(0, 4).equals(MAGIC)) {
    return { ignored: 'not a compile cache' };
  }
  const headerEnd = 8 + file.readUInt32LE(4);
  const header = headerEnd <= file.length ? parseHeader(file.subarray(8, headerEnd)) : undefined;
  if (!isHeader(header)) {
    return { ignored: 'unreadable header' };
  }
  if (header.runtime !== runtime) {
    return { ignored: 'made by another runtime' };
  }

  const entries = new Map<string, CacheEntry>();
  for (const [file_, sourceCrc, sourceLength, offset, length, dataCrc] of header.entries) {
    const start = headerEnd + offset;
    if (start + length > file.length) {
      return { ignored: 'truncated' };
    }
    entries.set(file_, { sourceCrc, sourceLength, dataCrc,
      data: file.subarray(start, start + length) });
  }
  return entries;
}

/** The entry's data when it was made from this very source and its bytes are intact. */
export function usableData(entry: CacheEntry | undefined, source: SourceKey): Buffer | undefined {
  if (entry === undefined || entry.sourceLength !== source.sourceLength
    || entry.sourceCrc !== source.sourceCrc || crc32(entry.data) !== entry.dataCrc) {
    return undefined;
  }
  return entry.data;
}
