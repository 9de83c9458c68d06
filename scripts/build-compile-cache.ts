import { existsSync, rmSync, statSync } from 'fs';
import { join } from 'path';
import { spawnServer } from '../bench/serverProcess';
import { COMPILE_CACHE_FILE } from '../server/compileCache/hook';

const RECORDER = join(__dirname, '..', 'server', 'compileCache', 'record.js');

/**
 * Last step of `npm run build`: starts the built server once (a fresh data folder, the
 * server's own node flags, on loopback) and keeps the V8 code caches of what its start
 * compiled, so that later starts skip most of the compiling (server/compileCache/).
 * Without the cache the server starts as before, only slower: a failure here is a warning.
 */
async function main(): Promise<void> {
  // the old cache goes first: no build leaves one made from other sources
  rmSync(COMPILE_CACHE_FILE, { force: true });
  const server = await spawnServer({
    script: RECORDER, env: { MONGODB_URI: undefined, LOG_LEVEL: 'warn' }, readyTimeoutMs: 180_000,
  });
  await server.stop();
  if (!existsSync(COMPILE_CACHE_FILE)) {
    throw new Error('the recording server stopped without writing its cache');
  }
  const megabytes = (statSync(COMPILE_CACHE_FILE).size / 1e6).toFixed(1);
  process.stderr.write(`build-compile-cache: ${megabytes} MB of code caches\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`build-compile-cache: no compile cache, the server will start slower: ${
    error instanceof Error ? error.message : String(error)}\n`);
});
