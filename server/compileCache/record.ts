/**
 * The server as `npm run build` starts it once (scripts/build-compile-cache.ts): the code
 * caches of every module it loaded and of the functions it ran are written when it stops.
 */
import './recording';
import { serveMain } from '../serve';

serveMain();
