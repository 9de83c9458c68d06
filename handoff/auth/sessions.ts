import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import type { AgentRole } from '../../core/auth';
import type { Collection, CollectionSpec, StoredDocument } from '../../storage/types';

/** A console session. The id is the SHA-256 of the cookie value: a leaked store does not
 * hand out usable cookies. */
export interface AgentSession extends StoredDocument {
  agentId: string;
  role: AgentRole;
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
  /** Absolute end of the session (the store deletes it after that). */
  expiresAt: Date;
}

export const SESSIONS: CollectionSpec = { name: 'agent_sessions', ttlField: 'expiresAt' };

export interface SessionOptions {
  /** Signed out after this much inactivity. */
  idleMs: number;
  /** Signed out after this long whatever happens (one shift). */
  absoluteMs: number;
}

export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const TOUCH_EVERY_MS = 60_000;

export class SessionStore {
  constructor(
    private readonly sessions: Collection<AgentSession>,
    private readonly options: SessionOptions,
    private readonly now: () => number,
  ) {}

  async open(agentId: string, role: AgentRole): Promise<{ token: string; session: AgentSession }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const session: AgentSession = { id: sessionId(token), agentId, role,
      csrfToken: randomBytes(24).toString('base64url'), createdAt: now, lastSeenAt: now,
      expiresAt: new Date(now + this.options.absoluteMs) };
    await this.sessions.insert(session);
    return { token, session };
  }

  /** The live session of a cookie value, or undefined (unknown, idle too long, expired). */
  async find(token: string): Promise<AgentSession | undefined> {
    const session = await this.sessions.get(sessionId(token));
    if (!session) {
      return undefined;
    }
    const now = this.now();
    const expired = now >= new Date(session.expiresAt).getTime()
      || now - session.lastSeenAt >= this.options.idleMs;
    if (expired) {
      await this.sessions.delete(session.id);
      return undefined;
    }

    if (now - session.lastSeenAt >= TOUCH_EVERY_MS) {
      await this.sessions.update(session.id, { lastSeenAt: now });
    }
    return session;
  }

  async close(id: string): Promise<void> {
    await this.sessions.delete(id);
  }

  /** How many live sessions the agent has (consoles signed in, in any browser). */
  async liveCount(agentId: string): Promise<number> {
    const now = this.now();
    const sessions = await this.sessions.find({ agentId });
    return sessions.filter((session) => now < new Date(session.expiresAt).getTime()
      && now - session.lastSeenAt < this.options.idleMs).length;
  }

  async closeAll(agentId: string): Promise<number> {
    return this.sessions.deleteMany({ agentId });
  }
}
