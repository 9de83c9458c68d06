import { createHash } from 'crypto';
import { readFileSync, renameSync, writeFileSync } from 'fs';
import { fromRoot } from '../core/paths';
import { requirementOf, type Requirement } from './regex-literals';

/**
 * What the regex gate reads from each triage regex (regex-literals.ts) is the same from one
 * start to the next: ~850 regexes took ~0.35 s of the cold start to read, before the first
 * `/healthz` answer. `npm run build` reads them once and writes them here; the server looks
 * a regex up by its flags and source, and reads any regex it does not find (a changed
 * pattern, a new family) as before. A file written by another version of the reader, or
 * unreadable, is ignored: the gate then reads every regex itself, as without the file.
 */
export const GATE_CACHE_PATH = fromRoot('nlp-models', 'regex-gate.json');

const FORMAT = 'brigade-regex-gate/1';

interface GateCacheFile {
  format: string;
  /** Hash of the reader's own code: what it would read from a regex depends on it. */
  reader: string;
  requirements: Record<string, unknown>;
  /** Keys of the regexes the triage asked the gate about over the build's texts. */
  asked?: unknown;
  /** Hash of what `asked` was found from (the code and the texts): unchanged, it is kept. */
  askedFrom?: unknown;
}

/** What the build read and saw asked; both empty when the file is missing or stale. */
export interface GateFile {
  requirements: Map<string, Requirement | null>;
  asked: string[];
  askedFrom: string;
}

/** A regex's key in the file: its flags, a slash, its source. */
export function keyOf(pattern: RegExp): string {
  return `${pattern.flags}/${pattern.source}`;
}

/** The regex a key was made from; null for a key no regex could have made. */
export function patternOf(key: string): RegExp | null {
  const slash = key.indexOf('/');
  try {
    return slash < 0 ? null : new RegExp(key.slice(slash + 1), key.slice(0, slash));
  } catch {
    return null;
  }
}

function readerHash(): string {
  const hash = createHash('sha256');
  for (const module of ['./regex-literals', './regex-gate-parser']) {
    hash.update(readFileSync(require.resolve(module)));
  }
  return hash.digest('hex').slice(0, 16);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A requirement as the reader makes it: terms of clauses of strings, or null. */
function isRequirement(value: unknown): value is Requirement | null {
  return value === null || (Array.isArray(value) &&
    value.every((term) => Array.isArray(term) && term.every(isStrings)));
}

function isCacheFile(value: unknown): value is GateCacheFile {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const file: Partial<Record<keyof GateCacheFile, unknown>> = value;
  return file.format === FORMAT && typeof file.reader === 'string' &&
    typeof file.requirements === 'object' && file.requirements !== null;
}

/** The requirements read at build time; an empty map when the file is missing or stale. */
export function loadGateCache(path = GATE_CACHE_PATH): Map<string, Requirement | null> {
  return loadGateFile(path).requirements;
}

/** The build's file: what it read of each regex, and which regexes were asked about. */
export function loadGateFile(path = GATE_CACHE_PATH): GateFile {
  const known = new Map<string, Requirement | null>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { requirements: known, asked: [], askedFrom: '' };
  }
  if (!isCacheFile(parsed) || parsed.reader !== readerHash()) {
    return { requirements: known, asked: [], askedFrom: '' };
  }

  for (const [key, requirement] of Object.entries(parsed.requirements)) {
    if (isRequirement(requirement)) {
      known.set(key, requirement);
    }
  }
  const asked = isStrings(parsed.asked) ? parsed.asked : [];
  const askedFrom = typeof parsed.askedFrom === 'string' ? parsed.askedFrom : '';
  return { requirements: known, asked, askedFrom };
}

/**
 * Reads every pattern, and every regex `asked` names, now and writes what it found
 * (atomically: a start never reads half).
 */
export function saveGateCache(patterns: Iterable<RegExp>, path = GATE_CACHE_PATH,
  asked: Iterable<string> = [], askedFrom = ''): number {
  const requirements: Record<string, Requirement | null> = {};
  for (const pattern of patterns) {
    requirements[keyOf(pattern)] = requirementOf(pattern);
  }
  const askedKeys = [...new Set(asked)].sort();
  for (const key of askedKeys) {
    const pattern = patternOf(key);
    if (pattern && !(key in requirements)) {
      requirements[key] = requirementOf(pattern);
    }
  }
  const file: GateCacheFile = {
    format: FORMAT, reader: readerHash(), requirements, asked: askedKeys, askedFrom,
  };

  writeFileSync(`${path}.tmp`, JSON.stringify(file));
  renameSync(`${path}.tmp`, path);
  return Object.keys(requirements).length;
}

/** `requirementOf`, from the build's reading when it has this regex. */
export function cachedReader(known: ReadonlyMap<string, Requirement | null>):
  (pattern: RegExp) => Requirement | null {
  return (pattern) => {
    const found = known.get(keyOf(pattern));
    return found === undefined ? requirementOf(pattern) : found;
  };
}
