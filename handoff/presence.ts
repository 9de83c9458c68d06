import type { HandoffEvents } from './events';

export type PresenceStatus = 'online' | 'busy' | 'offline';

export const PRESENCE_STATUSES: readonly PresenceStatus[] = ['online', 'busy', 'offline'];

export function isPresenceStatus(value: unknown): value is PresenceStatus {
  return typeof value === 'string' && (PRESENCE_STATUSES as readonly string[]).includes(value);
}

/**
 * Who is available. Kept in memory: presence is only meaningful for agents whose console
 * is connected to this process, and a restart signs everyone out of the live feed anyway.
 */
export class PresenceRegistry {
  private readonly statuses = new Map<string, PresenceStatus>();

  constructor(private readonly events: HandoffEvents) {}

  set(agentId: string, status: PresenceStatus): void {
    if (status === 'offline') {
      this.statuses.delete(agentId);
    } else {
      this.statuses.set(agentId, status);
    }
    this.events.publish({ type: 'presence', agentId, status });
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
}
