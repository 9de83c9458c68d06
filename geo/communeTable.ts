import type { Commune } from './types';

/**
 * The shipped table kept as its own text plus a few typed arrays: a Commune object costs
 * ~150 bytes and the table holds ~35,000 of them, so one is made only when it is returned.
 */

const POSTCODE = /^[0-9]{5}$/;
const INSEE = /^[0-9][0-9AB][0-9]{3}$/;

const NUMBER = '-?[0-9]+(?:\\.[0-9]+)?';
/** A well-formed line; the INSEE code is 5 characters, so the postcode sits at 6..11. */
const LINE = new RegExp(
  `^[0-9][0-9AB][0-9]{3}\\t[0-9]{5}\\t[^\\t]+\\t${NUMBER}\\t${NUMBER}(?:\\t|$)`);

/** Says why a line that failed LINE is wrong, as precisely as the line allows. */
function refuseLine(line: string, lineNumber: number): never {
  const [inseeCode, postcode, name, lat, lon] = line.split('\t');
  if (!inseeCode || !INSEE.test(inseeCode) || !postcode || !POSTCODE.test(postcode) || !name) {
    throw new Error(`postcode table line ${lineNumber}: bad INSEE code, postcode or name`);
  }
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || lat === '' || lon === '') {
    throw new Error(`postcode table line ${lineNumber}: bad coordinates`);
  }
  throw new Error(`postcode table line ${lineNumber}: malformed`);
}

/** Receives each entry's names, official first, then the delivery names and localities. */
export type NamesReader = (names: string[]) => void;

export class CommuneTable {
  constructor(
    private readonly text: string,
    private readonly lineStart: Int32Array,
    /** The postcode as a number: 5 digits, so numbers sort as the strings do. */
    readonly postcode: Int32Array,
    readonly nameLength: Int32Array,
    readonly latitude: Float64Array,
    readonly longitude: Float64Array,
  ) {}

  get size(): number {
    return this.lineStart.length;
  }

  /** A new Commune for an entry: the line was checked at load, so no check here. */
  commune(entry: number): Commune {
    const { text } = this;
    const start = this.lineStart[entry] ?? 0;

    // LINE placed the postcode at 6 and the name at 12: no split for each commune returned
    return {
      inseeCode: text.slice(start, start + 5),
      postcode: text.slice(start + 6, start + 11),
      name: text.slice(start + 12, text.indexOf('\t', start + 12)),
      latitude: this.latitude[entry] ?? NaN,
      longitude: this.longitude[entry] ?? NaN,
    };
  }
}

/** The 6th field: what follows the longitude, up to a 7th field if any. */
function aliasField(line: string, start: number): string {
  const end = line.indexOf('\t', start);
  return end === -1 ? line.slice(start) : line.slice(start, end);
}

/** Typed arrays for up to `capacity` entries; `trimmed` copies the filled part. */
class Columns {
  readonly lineStart: Int32Array;
  readonly postcode: Int32Array;
  readonly nameLength: Int32Array;
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.lineStart = new Int32Array(capacity);
    this.postcode = new Int32Array(capacity);
    this.nameLength = new Int32Array(capacity);
    this.latitude = new Float64Array(capacity);
    this.longitude = new Float64Array(capacity);
  }

  table(text: string): CommuneTable {
    const { size } = this;
    return new CommuneTable(text, this.lineStart.slice(0, size), this.postcode.slice(0, size),
      this.nameLength.slice(0, size), this.latitude.slice(0, size),
      this.longitude.slice(0, size));
  }
}

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Checks every line and reads it once; `readNames` gets each entry's names in table order.
 * Blank lines are skipped; any other bad line stops the load with its line number.
 */
export function readCommuneTable(text: string, readNames: NamesReader): CommuneTable {
  const columns = new Columns(countLines(text));

  // a plain loop: this runs at every start on ~35,000 lines
  for (let start = 0, lineNumber = 1; start <= text.length; lineNumber += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const lineStart = start;
    start = end + 1;
    if (line.trim() === '') {
      continue;
    }
    if (!LINE.test(line)) {
      refuseLine(line, lineNumber);
    }

    // LINE placed the name at 12 and checked the tabs: indexOf instead of a split per line
    const nameEnd = line.indexOf('\t', 12);
    const latEnd = line.indexOf('\t', nameEnd + 1);
    const lonEnd = line.indexOf('\t', latEnd + 1);
    const name = line.slice(12, nameEnd);
    const entry = columns.size;
    columns.size += 1;
    columns.lineStart[entry] = lineStart;
    columns.postcode[entry] = Number(line.slice(6, 11));
    columns.nameLength[entry] = name.length;
    columns.latitude[entry] = Number(line.slice(nameEnd + 1, latEnd));
    columns.longitude[entry] = Number(line.slice(latEnd + 1, lonEnd === -1 ? undefined : lonEnd));
    const aliases = lonEnd === -1 ? '' : aliasField(line, lonEnd + 1);
    readNames(aliases ? [name, ...aliases.split('|')] : [name]);
  }

  return columns.table(text);
}
