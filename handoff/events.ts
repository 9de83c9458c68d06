import { EventEmitter } from 'events';
import type { HandoffState, TranscriptEntry } from './model';

/** What agents' consoles are told live (over the WebSocket). Never sent to citizens. */
export type HandoffEvent =
  | { type: 'queue' }
  | { type: 'entry'; conversationId: string; entry: TranscriptEntry }
  | { type: 'typing'; conversationId: string; from: 'user' | 'agent'; agentId?: string }
  | { type: 'state'; conversationId: string; state: HandoffState; agentId: string;
      cause: string }
  | { type: 'presence'; agentId: string; status: string };

/** In-process fan-out of handoff events; the WebSocket layer subscribes to it. */
export class HandoffEvents {
  private readonly emitter = new EventEmitter();

  constructor() {
    // one listener per connected console: many gendarmes may be online at once
    this.emitter.setMaxListeners(0);
  }

  publish(event: HandoffEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: HandoffEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
