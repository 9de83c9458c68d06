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

/** An agent's presence as instances share it; gone after `expiresAt` unless renewed. */
export interface PresenceDocument extends StoredDocument {
  status: PresenceStatus;
  /** The instance that wrote it last. */
  instanceId: string;
  /** `console`: the last console closed on that instance; `agent`: the agent said so. */
  cause?: PresenceCause;
  expiresAt: Date;
}

export type PresenceCause = 'agent' | 'console';

export const AGENT_PRESENCE: CollectionSpec = { name: 'agent_presence', ttlField: 'expiresAt' };

export interface SharedPresence {
  documents: Collection<PresenceDocument>;
  instanceId: string;
  /** A presence nobody renews is gone after this (its instance died): renewed every third. */
  ttlMs: number;
  now: () => number;
}

interface Known {
  status: PresenceStatus;
  /** Only for shared presence: after this, nobody renewed it. */
  expiresAt?: number;
}

/**
 * Who is available. Read from memory (the queue asks on every turn); with one instance
 * that is all. When instances share the store, each change is also written there, every
 * instance applies the others' through the change feed (`apply`), and each renews the
 * presence of the agents it serves (a console open here, or set here), so that a citizen
 * on one instance is told about a gendarme on another, and an instance that dies takes
 * its agents' presence with it after `ttlMs`, unless their consoles reconnect elsewhere.
 */
export class PresenceRegistry {
  private readonly statuses = new Map<string, Known>();
  private readonly consoles = new Map<string, number>();
  private readonly setHere = new Set<string>();
  private readonly writes = new KeyedQueue();
  private shared: SharedPresence | undefined;
  private renewal: NodeJS.Timeout | undefined;

  constructor(private readonly events: HandoffEvents) {}

  /** Shares presence through the store, starting from what it holds. */
  async share(shared: SharedPresence): Promise<void> {
    this.shared = shared;
    this.renewal = setInterval(() => this.renew(), Math.max(1, Math.floor(shared.ttlMs / 3)));
    this.renewal.unref();
    const stored = await shared.documents.find({});
    for (const doc of stored) {
      if (!this.statuses.has(doc.id)) {
        this.remember(doc.id, doc.status, new Date(doc.expiresAt).getTime());
      }
    }
  }

  /** Stops renewing (shutdown): the presence of this instance's agents then expires. */
  stop(): void {
    clearInterval(this.renewal);
  }

  set(agentId: string, status: PresenceStatus, cause: PresenceCause = 'agent'): void {
    if (status === 'offline') {
      this.setHere.delete(agentId);
    } else {
      this.setHere.add(agentId);
    }
    this.remember(agentId, status, this.expiry());
    this.events.publish({ type: 'presence', agentId, status });
    this.store(agentId, status, cause);
  }

  /** A console of the agent opened (1) or closed (-1) here: the last one closing makes
   * them unavailable, so that citizens are not told someone is coming when nobody is. */
  connected(agentId: string, delta: 1 | -1): void {
    const open = (this.consoles.get(agentId) ?? 0) + delta;
    if (open > 0) {
      this.consoles.set(agentId, open);
    } else {
      this.consoles.delete(agentId);
      this.set(agentId, 'offline', 'console');
    }
    if (delta === 1 && this.get(agentId) === 'offline') {
      this.set(agentId, 'online');
    }
  }

  /**
   * A change written by any instance (this one's own come back too: same value). Another
   * instance's last console closing does not count while one is open here: the agent's
   * console moved (that instance stopped and the console reconnected here).
   */
  apply(change: ChangeEvent<PresenceDocument>): void {
    const doc = change.doc;
    const elsewhere = doc !== undefined && doc.instanceId !== this.shared?.instanceId;
    const before = this.get(change.id);
    if (elsewhere) {
      this.setHere.delete(change.id);
    }
    this.remember(change.id, doc?.status ?? 'offline',
      doc === undefined ? undefined : new Date(doc.expiresAt).getTime());

    const consoleMoved = elsewhere && doc.status === 'offline' && doc.cause === 'console';
    if (consoleMoved && this.consoles.has(change.id)) {
      this.set(change.id, before === 'offline' ? 'online' : before, 'console');
    }
  }

  get(agentId: string): PresenceStatus {
    const known = this.statuses.get(agentId);
    return known === undefined || this.expired(known) ? 'offline' : known.status;
  }

  /** Agents who take new conversations. */
  available(): string[] {
    return this.all().filter((agent) => agent.status === 'online').map((agent) => agent.agentId);
  }

  all(): Array<{ agentId: string; status: PresenceStatus }> {
    return [...this.statuses].filter(([, known]) => !this.expired(known))
      .map(([agentId, known]) => ({ agentId, status: known.status }));
  }

  private expired(known: Known): boolean {
    return known.expiresAt !== undefined && this.shared !== undefined
      && known.expiresAt <= this.shared.now();
  }

  private expiry(): number | undefined {
    return this.shared === undefined ? undefined : this.shared.now() + this.shared.ttlMs;
  }

  private remember(agentId: string, status: PresenceStatus, expiresAt?: number): void {
    if (status === 'offline') {
      this.statuses.delete(agentId);
    } else {
      this.statuses.set(agentId, { status, expiresAt });
    }
  }

  /** Keeps alive the presence of the agents served here (a console, or set here). */
  private renew(): void {
    for (const agentId of new Set([...this.consoles.keys(), ...this.setHere])) {
      const status = this.get(agentId);
      if (status !== 'offline') {
        this.remember(agentId, status, this.expiry());
        this.store(agentId, status, 'console');
      }
    }
  }

  /** One write at a time per agent, so that the store ends with the last status set. */
  private store(agentId: string, status: PresenceStatus, cause: PresenceCause): void {
    const shared = this.shared;
    if (shared === undefined) {
      return;
    }
    const doc: PresenceDocument = { id: agentId, status, instanceId: shared.instanceId, cause,
      expiresAt: new Date(shared.now() + shared.ttlMs) };
    void this.writes.run(agentId, () => shared.documents.put(doc)).catch((error: unknown) => {
      log.error('handoff.presence_not_shared', {
        agentId, error: error instanceof Error ? error.name : typeof error,
      });
    });
  }
}
