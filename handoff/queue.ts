import type { ConversationReference } from 'botbuilder';
import { DuplicateKeyError, type Collection, type Filter } from '../storage/types';
import type { HandoffPriority, HandoffReason } from './types';
import type { HandoffConversation } from './model';
import { type HandoffOptions, retentionDate } from './options';

export interface QueueRequest {
  reason: HandoffReason;
  priority: HandoffPriority;
  topic?: string;
  collected?: Readonly<Record<string, string>>;
  situation?: string;
}

const MINUTE_MS = 60_000;

function rank(priority: HandoffPriority): number {
  return priority === 'emergency' ? 0 : 1;
}

/**
 * The state of every conversation and the waiting queue. Transitions are compare-and-set
 * updates on the stored document, so two agents (or an agent and the citizen) racing on
 * the same conversation can never both win.
 */
export class HandoffQueue {
  private readonly waits: number[] = [];

  constructor(
    private readonly conversations: Collection<HandoffConversation>,
    private readonly options: HandoffOptions,
    private readonly now: () => number,
  ) {}

  /** The injected clock, so that every timestamp of the handoff part agrees in tests. */
  clock(): number {
    return this.now();
  }

  get(id: string): Promise<HandoffConversation | undefined> {
    return this.conversations.get(id);
  }

  /** Most recently changed first, at most `limit`. */
  find(filter: Filter, limit = 200): Promise<HandoffConversation[]> {
    return this.conversations.find(filter,
      { sort: [{ field: 'updatedAt', direction: -1 }], limit });
  }

  /** The conversation's document, created in the bot state on its first message. */
  async ensure(id: string, reference: Partial<ConversationReference>):
  Promise<HandoffConversation> {
    const existing = await this.conversations.get(id);
    if (existing) {
      return existing;
    }

    const now = this.now();
    const created: HandoffConversation = {
      id, state: 'bot', priority: 'normal', priorityRank: 1, reference, agentId: '',
      watchers: [], updatedAt: now, expiresAt: retentionDate(this.options, now),
    };
    try {
      await this.conversations.insert(created);
      return created;
    } catch (error) {
      // another turn of the same conversation created it first: use theirs
      const raced = error instanceof DuplicateKeyError
        ? await this.conversations.get(id) : undefined;
      if (!raced) {
        throw error;
      }
      return raced;
    }
  }

  /** Applies changes only if the document still matches `when`; undefined when it lost. */
  transition(id: string, when: Filter, changes: Partial<HandoffConversation>):
  Promise<HandoffConversation | undefined> {
    const now = this.now();

    // engines differ on undefined values (ignored, null, error): never send them
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined));
    return this.conversations.update(id,
      { ...defined, updatedAt: now, expiresAt: retentionDate(this.options, now) }, when);
  }

  /** Puts a bot-state conversation in the queue; undefined if it was not in the bot state. */
  enqueue(id: string, request: QueueRequest): Promise<HandoffConversation | undefined> {
    return this.transition(id, { state: 'bot' }, {
      state: 'queued', priority: request.priority, priorityRank: rank(request.priority),
      reason: request.reason, topic: request.topic, collected: request.collected, notes: {},
      situation: request.situation ?? '',
      queuedAt: this.now(), positionTold: 0, positionToldAt: 0, waitingRepliedAt: 0,
      fallbackTold: false,
      awaitingRating: false, emergencyAt: request.priority === 'emergency' ? this.now() : 0,
    });
  }

  /**
   * Raises priority without changing the entry time: emergencies jump ahead, others keep
   * order. One stood down as a false alarm is an emergency again.
   */
  raise(id: string, state: 'queued' | 'agent', situation?: string, reason?: HandoffReason):
  Promise<HandoffConversation | undefined> {
    return this.transition(id, { state }, { priority: 'emergency', priorityRank: 0,
      situation, emergencyAt: this.now(), reason });
  }

  /**
   * Queued conversations in service order: priority first, then time of entry, then id, so
   * that two entries of the same millisecond keep one order (citizens were told 5, 4, 5...).
   */
  queued(): Promise<HandoffConversation[]> {
    return this.conversations.find({ state: 'queued' }, { sort: [
      { field: 'priorityRank', direction: 1 }, { field: 'queuedAt', direction: 1 },
      { field: 'id', direction: 1 }] });
  }

  waitingEmergencies(): Promise<number> {
    return this.conversations.count({ state: 'queued', priority: 'emergency' });
  }

  openCount(agentId: string): Promise<number> {
    return this.conversations.count({ state: 'agent', agentId });
  }

  /** Records how long a claimed conversation waited, for the next estimates. */
  recordWait(conversation: HandoffConversation): void {
    if (conversation.queuedAt === undefined) {
      return;
    }
    this.waits.push(Math.max(0, this.now() - conversation.queuedAt));
    if (this.waits.length > this.options.recentWaits) {
      this.waits.shift();
    }
  }

  /**
   * Estimated minutes until an agent takes the conversation at this position (1-based).
   * Recent waits alone would promise a minute behind seven emergencies when the last ones
   * were taken at once: each place counts at least `minWaitMinutesPerPosition`, and each
   * emergency ahead at least `defaultWaitMinutes` (a gendarme stays with it).
   */
  estimateMinutes(position: number, emergenciesAhead = 0): number {
    const recent = this.waits.length === 0
      ? this.options.defaultWaitMinutes
      : this.waits.reduce((sum, wait) => sum + wait, 0) / this.waits.length / MINUTE_MS;
    const perPosition = Math.max(recent, this.options.minWaitMinutesPerPosition);
    const perEmergency = Math.max(perPosition, this.options.defaultWaitMinutes);
    const others = Math.max(0, position - emergenciesAhead);
    return Math.max(1, Math.ceil(perPosition * others + perEmergency * emergenciesAhead));
  }
}
