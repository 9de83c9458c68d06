import { randomUUID } from 'crypto';
import type { AgentPrincipal } from '../core/auth';
import type { Collection } from '../storage/types';
import type { AuditEntry } from './model';
import { type HandoffOptions, retentionDate } from './options';

/** Every agent action, with ids and codes only: who, what, on which conversation, when. */
export class AuditLog {
  constructor(
    private readonly entries: Collection<AuditEntry>,
    private readonly options: HandoffOptions,
    private readonly now: () => number,
  ) {}

  async record(principal: Pick<AgentPrincipal, 'agentId' | 'sessionId'>, action: string,
    conversationId?: string, detail?: string): Promise<void> {
    const now = this.now();
    await this.entries.insert({ id: randomUUID(), at: new Date(now), agentId: principal.agentId,
      sessionId: principal.sessionId.slice(0, 12), action, conversationId, detail,
      expiresAt: retentionDate(this.options, now) });
  }

  recent(limit: number, agentId?: string): Promise<AuditEntry[]> {
    return this.entries.find(agentId ? { agentId } : {},
      { sort: [{ field: 'at', direction: -1 }], limit });
  }
}
