import { randomUUID } from 'crypto';
import { componentLogger } from '../core/logger';
import type {
  ChangeEvent, Collection, CollectionSpec, StoredDocument,
} from '../storage/types';
import { isHandoffEvent, type HandoffEvent, type HandoffEvents } from './events';
import {
  AGENT_PRESENCE, type PresenceDocument, type PresenceRegistry,
} from './presence';

const log = componentLogger('handoff');

/** Events published by one instance, in order, for the others' consoles. */
export interface RelayedEvents extends StoredDocument {
  origin: string;
  /** The events as JSON text: a transcript line's text never becomes field names. */
  json: string;
  /** Short-lived: only instances following the feed right now read it. */
  expiresAt: Date;
}

export const HANDOFF_EVENTS: CollectionSpec = { name: 'handoff_events', ttlField: 'expiresAt' };

/** Kept a minute: long enough for any instance's change feed, not a second transcript. */
const RELAYED_TTL_MS = 60_000;

/** An agent's presence that no instance renews (every third of it) is gone after this. */
export const PRESENCE_TTL_MS = 120_000;

/** What the handoff part needs when several instances share the store (server/cluster.ts). */
export interface HandoffSharing {
  readonly instanceId: string;
  /** Every change of a collection, from any instance; `onReopened` after a lost feed. */
  follow<T extends StoredDocument>(collection: string, onChange: (event: ChangeEvent<T>) => void,
    onReopened?: () => void): void;
}

export interface SharedHandoff {
  events: HandoffEvents;
  presence: PresenceRegistry;
  database: { collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T> };
  sharing: HandoffSharing;
  now: () => number;
  /** PRESENCE_TTL_MS by default; shorter in tests. */
  presenceTtlMs?: number;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * Carries this instance's events to the others as batches in one store collection: while
 * one batch is being written the next ones gather, so that they arrive in the order they
 * were published, with one write per batch.
 */
class EventOutbox {
  private waiting: HandoffEvent[] = [];
  private writing = false;

  constructor(private readonly documents: Collection<RelayedEvents>,
    private readonly origin: string, private readonly now: () => number) {}

  add(event: HandoffEvent): void {
    this.waiting.push(event);
    if (!this.writing) {
      void this.drain();
    }
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        await this.documents.insert({ id: randomUUID(), origin: this.origin,
          json: JSON.stringify(batch), expiresAt: new Date(this.now() + RELAYED_TTL_MS) });
      } catch (error) {
        // other instances' consoles miss these live events; they refetch on the next ones
        log.error('handoff.events_not_relayed', { count: batch.length, error: errorName(error) });
      }
    }
    this.writing = false;
  }
}

function readBatch(json: string): HandoffEvent[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter(isHandoffEvent) : [];
}

/**
 * Makes the handoff part work across instances: events published here reach the
 * consoles connected to the others, and presence is shared, so that a citizen on one
 * instance and a gendarme on another talk both ways. Replies to citizens need nothing
 * here: they go through the Direct Line log, which every instance follows.
 */
export function shareHandoff(shared: SharedHandoff): void {
  const { events, presence, sharing } = shared;
  const outbox = new EventOutbox(shared.database.collection<RelayedEvents>(HANDOFF_EVENTS),
    sharing.instanceId, shared.now);
  events.relayTo((event) => outbox.add(event));

  sharing.follow<RelayedEvents>(HANDOFF_EVENTS.name, (change) => {
    if (change.type !== 'insert' || change.doc === undefined
      || change.doc.origin === sharing.instanceId) {
      return;
    }
    try {
      readBatch(change.doc.json).forEach((event) => events.receive(event));
    } catch (error) {
      log.error('handoff.events_unreadable', { error: errorName(error) });
    }
  }, () => events.receive({ type: 'queue' }));

  const documents = shared.database.collection<PresenceDocument>(AGENT_PRESENCE);
  sharing.follow<PresenceDocument>(AGENT_PRESENCE.name, (change) => presence.apply(change));
  presence.share({ documents, instanceId: sharing.instanceId,
    ttlMs: shared.presenceTtlMs ?? PRESENCE_TTL_MS,
    now: shared.now }).catch((error: unknown) => {
    log.error('handoff.presence_not_loaded', { error: errorName(error) });
  });
}
