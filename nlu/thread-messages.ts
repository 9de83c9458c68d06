import type { Understanding } from './types';

/** What the server's thread asks the recogniser's thread. */
export interface UnderstandRequest {
  id: number;
  text: string;
}

/** What the recogniser's thread answers. */
export type ThreadReply =
  // the model is loaded: messages are answered from now on (warm-up may still run)
  | { kind: 'loaded' }
  // warm and collected: the server may say it is ready
  | { kind: 'ready' }
  | { kind: 'failed'; error: string }
  | { kind: 'malformed' }
  | { kind: 'understood'; id: number; understanding: Understanding }
  | { kind: 'error'; id: number; error: string };

export function isUnderstandRequest(value: unknown): value is UnderstandRequest {
  return typeof value === 'object' && value !== null &&
    typeof Reflect.get(value, 'id') === 'number' && typeof Reflect.get(value, 'text') === 'string';
}

const KINDS = new Set(['loaded', 'ready', 'failed', 'malformed', 'understood', 'error']);

/** Only the kind is checked: the other side is our own code, built from the same source. */
export function isThreadReply(value: unknown): value is ThreadReply {
  return typeof value === 'object' && value !== null &&
    KINDS.has(String(Reflect.get(value, 'kind')));
}
