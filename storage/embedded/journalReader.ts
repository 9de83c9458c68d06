import { promises as fs } from 'fs';
import { decode } from './codec';

export type JournalEntry =
  | { op: 'put'; doc: { id: string } }
  | { op: 'del'; id: string };

/** One journal line: its entry and where its bytes are (newline excluded). */
export type ApplyLine = (entry: JournalEntry, offset: number, length: number) => void;

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

function tryParse(line: string): JournalEntry | undefined {
  try {
    const entry = decode(line);
    return typeof entry === 'object' && entry !== null ? (entry as JournalEntry) : undefined;
  } catch {
    return undefined;
  }
}

interface Line {
  text: string;
  offset: number;
  length: number;
  number: number;
}

/**
 * Replays a journal line by line, a megabyte at a time (the file can be far larger than
 * the live data), with each line's byte offset. A torn last line (kill -9 during a write)
 * is dropped, not an error: it was never acknowledged. A bad line before it is an error.
 */
export async function readJournal(file: string, apply: ApplyLine): Promise<void> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if (error instanceof Error && Reflect.get(error, 'code') === 'ENOENT') {
      return;
    }
    throw error;
  }

  // a line is applied once the next one shows it was not the last
  const state: { previous?: Line; number: number } = { number: 0 };
  const take = (text: string, offset: number, length: number): void => {
    state.number += 1;
    const { previous } = state;
    if (previous !== undefined) {
      const entry = tryParse(previous.text);
      if (entry === undefined) {
        throw new Error(`journal ${file} is corrupt at line ${previous.number}`);
      }
      apply(entry, previous.offset, previous.length);
    }
    state.previous = text === '' ? undefined : { text, offset, length, number: state.number };
  };

  try {
    let carry = Buffer.alloc(0);
    let base = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) {
        break;
      }
      const data = carry.length === 0 ? chunk.subarray(0, bytesRead)
        : Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      let start = 0;
      for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
        take(data.toString('utf8', start, end), base + start, end - start);
        start = end + 1;
      }
      carry = Buffer.from(data.subarray(start));
      base += start;
    }
    if (carry.length > 0) {
      take(carry.toString('utf8'), base, carry.length);
    }
  } finally {
    await handle.close();
  }

  const last = state.previous;
  const entry = last === undefined ? undefined : tryParse(last.text);
  if (last !== undefined && entry !== undefined) {
    apply(entry, last.offset, last.length);
  }
}
