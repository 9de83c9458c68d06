import { readdirSync, readFileSync, statSync } from 'fs';
import { extname, join } from 'path';
import { parseJsonLines } from './jsonl';

/**
 * Training and test corpora. Accepted formats (see README, "Understanding"):
 * - JSON: {"topic.id": ["utterance", ...], ...}
 * - CSV: `text,label` rows (RFC 4180 quoting; a `text,label` header is skipped)
 * - JSONL: one {"text": ..., "topic": "id" | ["id", ...]} per line (also `label`)
 * - a folder: every .json/.csv/.jsonl file in it, merged.
 */
export interface Example {
  text: string;
  /** Accepted topics; the first is the one trained on. Empty for unlabelled lines. */
  labels: string[];
}

export class CorpusError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'CorpusError';
  }
}

function fromJson(file: string, raw: string): Example[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new CorpusError(file, `not valid JSON (${String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CorpusError(file, 'must be an object {"topic": ["utterance", ...]}');
  }
  return Object.entries(data).flatMap(([label, utterances]) => {
    if (!Array.isArray(utterances) || utterances.some((u) => typeof u !== 'string')) {
      throw new CorpusError(file, `"${label}" must be a list of strings`);
    }
    return utterances.map((text: string) => ({ text, labels: [label] }));
  });
}

/** Splits CSV text into rows of fields, honouring quotes ("a, b" and "say ""hi"""). */
export function parseCsv(raw: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw[i];
    if (quoted) {
      if (char === '"' && raw[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && raw[i + 1] === '\n') {
        i += 1;
      }
      rows.push([...row, field]);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    rows.push([...row, field]);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

function fromCsv(file: string, raw: string): Example[] {
  const rows = parseCsv(raw);
  const body = rows.length > 0 && rows[0][0].trim().toLowerCase() === 'text' ? rows.slice(1) : rows;
  return body.map((cells, index) => {
    if (cells.length < 2 || cells[1].trim() === '') {
      throw new CorpusError(file, `row ${index + 1} must be "text,label"`);
    }
    return { text: cells[0], labels: [cells[1].trim()] };
  });
}

function labelsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') {
    return [value];
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.map(String);
  }
  return undefined;
}

function fromJsonl(file: string, raw: string): Example[] {
  const notJson = (line: number) => new CorpusError(file, `line ${line} is not JSON`);
  return parseJsonLines(raw, notJson).flatMap(({ record, line }) => {
    const fields = typeof record === 'object' && record !== null ? record : {};
    const text: unknown = Reflect.get(fields, 'text');
    const labels = labelsOf(Reflect.get(fields, 'topic') ?? Reflect.get(fields, 'label'));
    if (typeof text !== 'string' || labels === undefined) {
      throw new CorpusError(file, `line ${line} needs "text" and "topic" (or "label")`);
    }
    return [{ text, labels }];
  });
}

const READERS: Readonly<Record<string, (file: string, raw: string) => Example[]>> = {
  '.json': fromJson,
  '.csv': fromCsv,
  '.jsonl': fromJsonl,
};

/** Reads a corpus file or folder; throws CorpusError with the file and line on bad input. */
export function loadCorpus(path: string): Example[] {
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((name) => extname(name) in READERS).sort();
    if (files.length === 0) {
      throw new CorpusError(path, 'no .json, .csv or .jsonl file in this folder');
    }
    return files.flatMap((name) => loadCorpus(join(path, name)));
  }
  const reader = READERS[extname(path)];
  if (!reader) {
    throw new CorpusError(path, 'unknown format: use .json, .csv or .jsonl');
  }
  return reader(path, readFileSync(path, 'utf8'));
}
