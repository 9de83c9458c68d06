import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/**
 * A full garbage collection on demand, or undefined where V8 refuses to expose one.
 * Node documents `--expose-gc` as settable at run time; `gc` then exists in new contexts.
 */
export function fullCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => void gc() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps the readiness check so that the first time it answers yes, the start's garbage is
 * collected before the answer. Reopening 10,000 conversations parses every journal line and
 * loading the model reads large files: ~20 MB that V8 keeps resident until traffic forces a
 * major collection, counted against the memory budget of a server that holds nothing more.
 * One collection (tens of ms) once, before any citizen is let in, costs no turn.
 */
export function collectOnceReady(ready: () => Promise<boolean>,
  collect: (() => void) | undefined): () => Promise<boolean> {
  let collected = collect === undefined;
  return async () => {
    const isReady = await ready();
    if (isReady && !collected) {
      collected = true;
      collect?.();
    }
    return isReady;
  };
}
