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
    // One buffer for the whole file: a fresh megabyte per read would leave the C heap
    // fragmented (RSS that never comes back) once the journals are loaded.
    let buffer = Buffer.allocUnsafe(CHUNK);
    let carried = 0;
    let base = 0;
    for (;;) {
      if (carried === buffer.length) {
        // a line longer than the buffer: grow it
        buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      }
      const { bytesRead } = await handle.read(buffer, carried, buffer.length - carried, null);
      if (bytesRead === 0) {
        break;
      }
      const filled = carried + bytesRead;
      let start = 0;
      for (let end = buffer.indexOf(NEWLINE, start); end !== -1 && end < filled;
        end = buffer.indexOf(NEWLINE, start)) {
        take(buffer.toString('utf8', start, end), base + start, end - start);
        start = end + 1;
      }
      buffer.copy(buffer, 0, start, filled);
      carried = filled - start;
      base += start;
    }
    if (carried > 0) {
      take(buffer.toString('utf8', 0, carried), base, carried);
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
