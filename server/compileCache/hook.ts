import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import Module, { createRequire } from 'module';
import { dirname, join } from 'path';
import { constants, Script } from 'vm';
import { crc32 } from 'zlib';
import {
  decodeCache, encodeCache, runtimeKey, sourceKey, usableData, type CacheEntry,
} from './format';

/**
 * Where the build keeps the server's compile cache (dist/.compile-cache once built): a
 * folder the build owns, rewritten by `npm run build`, never in the working directory.
 */
export const COMPILE_CACHE_FILE = join(__dirname, '..', '..', '.compile-cache', 'server.bin');

/** What the cache did for this start (logged once the server listens). */
export interface CompileCacheReport {
  /** Why the file was not used at all (missing, another Node, garbled). */
  ignored?: string;
  entries: number;
  /** Modules compiled from their cached code. */
  used: number;
  /** Modules whose cached code V8 refused (other V8 flags): compiled from source. */
  rejected: number;
  /** Modules with no entry or an entry made from another source: compiled from source. */
  compiled: number;
}

type Compile = (this: Module, content: string, filename: string, format?: string) => unknown;

const original: Compile = Module.prototype._compile;
let report: CompileCacheReport | undefined;
let cached: Map<string, CacheEntry> | undefined;

/** Modules importing ESM with `import()` need the loader Node gives its own compiled code. */
function compile(source: string, filename: string, cachedData?: Buffer): Script {
  return new Script(Module.wrap(source), { filename, cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
}

function requireFor(module: Module, filename: string): NodeJS.Require {
  // most modules never resolve by hand: the resolver is made when first needed
  const resolve = Object.assign(
    (request: string, options?: { paths?: string[] }) =>
      createRequire(filename).resolve(request, options),
    { paths: (request: string) => createRequire(filename).resolve.paths(request) });
  return Object.assign((id: string): unknown => module.require(id), {
    resolve, cache: require.cache, extensions: require.extensions, main: require.main,
  });
}

/** What Node's own `_compile` does with the function it compiled. */
function run(module: Module, filename: string, script: Script): unknown {
  const wrapper: unknown = script.runInThisContext({ displayErrors: true });
  if (typeof wrapper !== 'function') {
    throw new TypeError(`module wrapper of ${filename} is not a function`);
  }
  return wrapper.call(module.exports, module.exports, requireFor(module, filename), module,
    filename, dirname(filename));
}

/**
 * Only CommonJS goes through the wrapper: an ES module given to require() (Node 20.19+)
 * keeps Node's way, and a hashbang line is valid only at the very start of a script.
 */
function cacheable(content: string, format: string | undefined): boolean {
  return (format === undefined || format === 'commonjs') && !content.startsWith('#!');
}

/** Node's loader, which knows ESM syntax in a .js file, has the last word on a failure. */
function compileOrNull(source: string, filename: string, cachedData?: Buffer): Script | null {
  try {
    return compile(source, filename, cachedData);
  } catch {
    return null;
  }
}

function compileFromCache(this: Module, content: string, filename: string,
  format?: string): unknown {
  const state = report;
  const entry = cached?.get(filename);
  const data = entry && cacheable(content, format)
    ? usableData(entry, sourceKey(content)) : undefined;
  const script = data && compileOrNull(content, filename, data);
  if (state === undefined || !script) {
    if (state) {
      state.compiled += 1;
    }
    return original.call(this, content, filename, format);
  }

  if (script.cachedDataRejected === true) {
    state.rejected += 1;
  } else {
    state.used += 1;
  }
  return run(this, filename, script);
}

function readCache(file: string): Map<string, CacheEntry> | { ignored: string } {
  // Node before 20.12 cannot give a vm script the loader that `import()` needs
  if (typeof constants !== 'object' || constants.USE_MAIN_CONTEXT_DEFAULT_LOADER === undefined) {
    return { ignored: 'this Node has no vm.constants' };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { ignored: 'no cache file' };
  }
  return decodeCache(bytes, runtimeKey());
}

/**
 * Compiles the modules loaded from now on from the build's code cache when it holds them,
 * made from the same source by the same Node; anything else compiles as usual. A missing,
 * stale or garbled cache never stops the start: it only leaves it slower.
 */
export function useCompileCache(file = COMPILE_CACHE_FILE): CompileCacheReport {
  const entries = readCache(file);
  if (!(entries instanceof Map)) {
    report = { ignored: entries.ignored, entries: 0, used: 0, rejected: 0, compiled: 0 };
    return report;
  }
  cached = entries;
  report = { entries: entries.size, used: 0, rejected: 0, compiled: 0 };
  Module.prototype._compile = compileFromCache;
  return report;
}

/**
 * The start is over: modules loaded later compile as usual, and the cache's bytes (tens of
 * MB) can be collected.
 */
export function releaseCompileCache(): CompileCacheReport | undefined {
  cached = undefined;
  Module.prototype._compile = original;
  return report;
}

/**
 * Build time: compiles the modules loaded from now on through V8 scripts and returns the
 * writer of their code caches. Called once the start has run, the caches hold the functions
 * the start ran, not only the modules' top level.
 */
export function recordCompileCache(): (file?: string) => number {
  const scripts = new Map<string, { script: Script; sourceCrc: number; sourceLength: number }>();
  Module.prototype._compile = function record(this: Module, content: string, filename: string,
    format?: string) {
    const script = cacheable(content, format) ? compileOrNull(content, filename) : null;
    if (!script) {
      return original.call(this, content, filename, format);
    }
    scripts.set(filename, { script, ...sourceKey(content) });
    return run(this, filename, script);
  };

  return (file = COMPILE_CACHE_FILE) => {
    const entries = new Map<string, CacheEntry>();
    for (const [filename, { script, sourceCrc, sourceLength }] of scripts) {
      const data = script.createCachedData();
      entries.set(filename, { sourceCrc, sourceLength, data, dataCrc: crc32(data) });
    }
    // written aside then renamed: a start reading it meanwhile sees a whole file
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, encodeCache(entries, runtimeKey()));
    renameSync(partial, file);
    return entries.size;
  };
}
