import { componentLogger } from '../core/logger';
import { KeyedQueue } from '../directline/keyedQueue';
import type { ChangeEvent, Collection, CollectionSpec, StoredDocument } from '../storage/types';
import type { HandoffEvents } from './events';

const log = componentLogger('handoff');

export type PresenceStatus = 'online' | 'busy' | 'offline';

export const PRESENCE_STATUSES: readonly PresenceStatus[] = ['online', 'busy', 'offline'];

export function isPresenceStatus(value: unknown): value is PresenceStatus {
  return typeof value === 'string' && (PRESENCE_STATUSES as readonly string[]).includes(value);
}

/** An agent's presence as instances share it; gone after `expiresAt` (a crashed instance). */
export interface PresenceDocument extends StoredDocument {
  status: PresenceStatus;
  /** The instance that set it, for diagnosis. */
  instanceId: string;
  expiresAt: Date;
}

export const AGENT_PRESENCE: CollectionSpec = { name: 'agent_presence', ttlField: 'expiresAt' };

export interface SharedPresence {
  documents: Collection<PresenceDocument>;
  instanceId: string;
  /** How long a presence lasts unless set again: the longest agent session. */
  ttlMs: number;
  now: () => number;
}

/**
 * Who is available. Read from memory (the queue asks on every turn); with one instance
 * that is all. When instances share the store, each change is also written there and every
 * instance applies the others' through the change feed (`apply`), so that a citizen on one
 * instance is told about a gendarme signed in on another.
 */
export class PresenceRegistry {
  private readonly statuses = new Map<string, PresenceStatus>();
  private readonly writes = new KeyedQueue();
  private shared: SharedPresence | undefined;

  constructor(private readonly events: HandoffEvents) {}

  /** Shares presence through the store, starting from what it holds. */
  async share(shared: SharedPresence): Promise<void> {
    this.shared = shared;
    const stored = await shared.documents.find({});
    for (const doc of stored) {
      if (!this.statuses.has(doc.id)) {
        this.remember(doc.id, doc.status);
      }
    }
  }

  set(agentId: string, status: PresenceStatus): void {
    this.remember(agentId, status);
    this.events.publish({ type: 'presence', agentId, status });
    this.store(agentId, status);
  }

  /** A change written by any instance (this one's own come back too: same value). */
  apply(change: ChangeEvent<PresenceDocument>): void {
    this.remember(change.id, change.doc?.status ?? 'offline');
  }

  get(agentId: string): PresenceStatus {
    return this.statuses.get(agentId) ?? 'offline';
  }

  /** Agents who take new conversations. */
  available(): string[] {
    return [...this.statuses].filter(([, status]) => status === 'online').map(([id]) => id);
  }

  all(): Array<{ agentId: string; status: PresenceStatus }> {
    return [...this.statuses].map(([agentId, status]) => ({ agentId, status }));
  }

  private remember(agentId: string, status: PresenceStatus): void {
    if (status === 'offline') {
      this.statuses.delete(agentId);
    } else {
      this.statuses.set(agentId, status);
    }
  }

  /** One write at a time per agent, so that the store ends with the last status set. */
  private store(agentId: string, status: PresenceStatus): void {
    const shared = this.shared;
    if (shared === undefined) {
      return;
    }
    const doc: PresenceDocument = { id: agentId, status, instanceId: shared.instanceId,
      expiresAt: new Date(shared.now() + shared.ttlMs) };
    void this.writes.run(agentId, () => shared.documents.put(doc)).catch((error: unknown) => {
      log.error('handoff.presence_not_shared', {
        agentId, error: error instanceof Error ? error.name : typeof error,
      });
    });
  }
}
