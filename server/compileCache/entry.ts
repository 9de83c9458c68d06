import { join } from 'path';
import { useCompileCache } from './hook';

/**
 * Imported first by server/main.ts: the process started as `node dist/server/main.js` (npm
 * start, the bench) compiles from the build's cache. Tests and scripts that import the
 * server, with other node flags, compile as usual.
 */
if (require.main?.filename === join(__dirname, '..', 'main.js')) {
  useCompileCache();
}
