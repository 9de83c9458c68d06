import { EventEmitter } from 'events';
import type { HandoffState, TranscriptEntry } from './model';

/** What agents' consoles are told live (over the WebSocket). Never sent to citizens. */
export type HandoffEvent =
  | { type: 'queue' }
  | { type: 'entry'; conversationId: string; entry: TranscriptEntry }
  /** A live entry whose write then failed: not in the transcript (the citizen was told). */
  | { type: 'unstored'; conversationId: string; entryId: string }
  | { type: 'typing'; conversationId: string; from: 'user' | 'agent'; agentId?: string }
  | { type: 'state'; conversationId: string; state: HandoffState; agentId: string;
      cause: string }
  | { type: 'presence'; agentId: string; status: string };

const EVENT_TYPES: readonly string[] = [
  'queue', 'entry', 'unstored', 'typing', 'state', 'presence',
];

/** An event read back from elsewhere (another instance, through the store). */
export function isHandoffEvent(value: unknown): value is HandoffEvent {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const type: unknown = Reflect.get(value, 'type');
  const conversationId: unknown = Reflect.get(value, 'conversationId');
  return typeof type === 'string' && EVENT_TYPES.includes(type)
    && (type === 'queue' || type === 'presence' || typeof conversationId === 'string');
}

/**
 * Fan-out of handoff events to the consoles connected to this process (the WebSocket layer
 * subscribes). With several instances, what is published here is also handed to `relay`,
 * which carries it to the others (handoff/eventsRelay.ts); they `receive` it.
 */
export class HandoffEvents {
  private readonly emitter = new EventEmitter();
  private relay: ((event: HandoffEvent) => void) | undefined;

  constructor() {
    // one listener per connected console: many gendarmes may be online at once
    this.emitter.setMaxListeners(0);
  }

  publish(event: HandoffEvent): void {
    this.emitter.emit('event', event);
    this.relay?.(event);
  }

  /** An event another instance published: for this process's consoles only. */
  receive(event: HandoffEvent): void {
    this.emitter.emit('event', event);
  }

  /** Where this process's events go besides its own consoles (other instances). */
  relayTo(relay: (event: HandoffEvent) => void): void {
    this.relay = relay;
  }

  subscribe(listener: (event: HandoffEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
