import type { Activity, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import { type QueueAnnouncer, queuedNotice } from './announcer';
import { type CitizenNotifier, message } from './citizen';
import { isExit, isRequeue } from './commands';
import type { HandoffEvents } from './events';
import type { HandoffConversation } from './model';
import type { HandoffOptions } from './options';
import type { PresenceRegistry } from './presence';
import type { HandoffQueue } from './queue';
import type { TranscriptStore } from './transcript';

const log = componentLogger('handoff.away');

export type Scheduler = (run: () => void, ms: number) => void;

export interface AgentAwayDeps {
  queue: HandoffQueue;
  presence: PresenceRegistry;
  transcript: TranscriptStore;
  notifier: CitizenNotifier;
  announcer: QueueAnnouncer;
  events: HandoffEvents;
  content: Content;
  options: HandoffOptions;
  /** When to look again, out of the citizen's turn; a timer that does not keep the process. */
  schedule?: Scheduler;
}

const unrefTimer: Scheduler = (run, ms) => {
  setTimeout(run, ms).unref();
};

/**
 * A conversation held by a gendarme whose console is closed (a restart, a closed tab): the
 * citizen's messages go nowhere anyone reads. After a grace period (the console reconnects
 * within seconds of a restart) the citizen is told, once per grace period, and offered the
 * queue (another gendarme) or the assistant. The grace counts from the first message seen
 * while the agent was offline, and a timer tells the citizen even if they write no more.
 */
export class AgentAway {
  private readonly offlineSince = new Map<string, number>();
  private readonly told = new Map<string, number>();
  private readonly pending = new Set<string>();
  private readonly schedule: Scheduler;

  constructor(private readonly deps: AgentAwayDeps) {
    this.schedule = deps.schedule ?? unrefTimer;
  }

  /** A citizen's message to their agent; true when this answered it (the gate says nothing). */
  async onMessage(context: TurnContext, conversation: HandoffConversation, text: string):
  Promise<boolean> {
    const away = this.awayFor(conversation);
    if (away === undefined || isExit(text)) {
      return false;
    }
    if (isRequeue(text) && this.told.has(conversation.id)) {
      await this.requeue(context, conversation);
      return true;
    }

    const grace = this.graceMs();
    if (away < grace) {
      this.later(conversation.id, grace - away);
      return false;
    }
    if (!this.claimTelling(conversation.id)) {
      return false;
    }
    await context.sendActivity(message(this.deps.content.render('handoff/agent-away'),
      'system', this.actions()));
    return true;
  }

  /**
   * "Parler à un gendarme" again while with one: "the gendarme is still online" only when
   * true; otherwise what happened and the two ways out, at once (they asked).
   */
  async answerRequest(context: TurnContext, conversation: HandoffConversation):
  Promise<void> {
    if (this.awayFor(conversation) === undefined) {
      await context.sendActivity(message(this.deps.content.render('handoff/with-agent'),
        'system'));
      return;
    }
    this.told.set(conversation.id, this.deps.queue.clock());
    await context.sendActivity(message(this.deps.content.render('handoff/agent-away'),
      'system', this.actions()));
  }

  /** Milliseconds the holding agent has been seen offline, or undefined when they are not. */
  private awayFor(conversation: HandoffConversation): number | undefined {
    const agentId = conversation.agentId;
    if (conversation.state !== 'agent' || conversation.external || agentId === '') {
      return undefined;
    }
    if (this.deps.presence.get(agentId) !== 'offline') {
      this.offlineSince.delete(agentId);
      this.told.delete(conversation.id);
      return undefined;
    }
    const now = this.deps.queue.clock();
    const since = this.offlineSince.get(agentId) ?? now;
    this.offlineSince.set(agentId, since);
    return now - since;
  }

  /** One notice per grace period, so that a citizen writing on is not answered each time. */
  private claimTelling(conversationId: string): boolean {
    const now = this.deps.queue.clock();
    const last = this.told.get(conversationId);
    if (last !== undefined && now - last < this.graceMs()) {
      return false;
    }
    this.told.set(conversationId, now);
    log.info('agent away told', { conversationId });
    return true;
  }

  private later(conversationId: string, ms: number): void {
    if (this.pending.has(conversationId)) {
      return;
    }
    this.pending.add(conversationId);
    this.schedule(() => {
      this.pending.delete(conversationId);
      void this.lookAgain(conversationId).catch((error: unknown) => {
        log.warn('agent away notice not delivered', { conversationId,
          error: error instanceof Error ? error.name : 'unknown' });
      });
    }, ms);
  }

  private async lookAgain(conversationId: string): Promise<void> {
    const conversation = await this.deps.queue.get(conversationId);
    const away = conversation === undefined ? undefined : this.awayFor(conversation);
    if (conversation === undefined || away === undefined) {
      return;
    }
    if (away < this.graceMs()) {
      this.later(conversationId, this.graceMs() - away);
      return;
    }
    if (this.claimTelling(conversationId)) {
      await this.deps.notifier.say(conversation.reference, 'handoff/agent-away', {},
        this.actions());
    }
  }

  /** True when the gendarme holding the conversation is not connected (no grace). */
  isAway(conversation: HandoffConversation): boolean {
    return this.awayFor(conversation) !== undefined;
  }

  /**
   * An emergency written to a gendarme who is not connected cannot wait for the grace
   * period: nobody reads it and nobody else could take it (tester14's F0). It goes back to
   * the queue at once, first, and the citizen is told honestly who may read it.
   */
  async requeueEmergency(context: TurnContext, conversation: HandoffConversation,
    situation?: string): Promise<boolean> {
    if (!this.isAway(conversation)) {
      return false;
    }
    const back = await this.backToQueue(conversation, { priority: 'emergency',
      priorityRank: 0, emergencyAt: this.deps.queue.clock(),
      ...(situation ? { situation } : {}) });
    if (!back) {
      return false;
    }

    const { announcer, presence } = this.deps;
    const status = await announcer.status(back.id);
    if (status) {
      // the place is not announced after an emergency: the numbers come first
      await announcer.told(back, { ...status, fallback: undefined });
    }
    const noAgent = status?.noAgent ?? presence.available().length === 0;
    await context.sendActivity(message(this.deps.content.render('handoff/agent-away-emergency',
      { noAgent }), 'system'));
    await announcer.refresh();
    return true;
  }

  /** Back in the queue at the place of the first entry: they have waited already. */
  private async requeue(context: TurnContext, conversation: HandoffConversation):
  Promise<void> {
    const back = await this.backToQueue(conversation, {});
    if (!back) {
      return;
    }

    const { announcer } = this.deps;
    const status = await announcer.status(back.id);
    if (status && await announcer.told(back, status)) {
      await context.sendActivity(message(this.deps.content.render(
        queuedNotice(status, back.priority), { position: status.position,
          minutes: status.minutes }), 'system'));
    }
    await announcer.refresh();
  }

  private async backToQueue(conversation: HandoffConversation,
    changes: Partial<HandoffConversation>): Promise<HandoffConversation | undefined> {
    const { queue, transcript, events } = this.deps;
    const back = await queue.transition(conversation.id,
      { state: 'agent', agentId: conversation.agentId },
      { ...changes, state: 'queued', agentId: '', queuedAt: conversation.queuedAt ?? queue.clock(),
        positionTold: 0, positionToldAt: 0, fallbackTold: false });
    if (!back) {
      return undefined;
    }
    this.told.delete(conversation.id);

    log.info('back to queue', { conversationId: back.id, cause: 'agent_away' });
    await transcript.append(back.id, { from: 'system', kind: 'event', text: 'agent_away',
      agentId: conversation.agentId });
    events.publish({ type: 'state', conversationId: back.id, state: 'queued', agentId: '',
      cause: 'agent_away' });
    return back;
  }

  /** The two ways out, as buttons: another gendarme, or the assistant. */
  private actions(): Partial<Activity> {
    const values = [this.deps.content.render('handoff/labels.requeue'),
      this.deps.content.render('handoff/labels.leave')];
    return { suggestedActions: { to: [],
      actions: values.map((value) => ({ type: 'imBack', title: value, value })) } };
  }

  private graceMs(): number {
    return this.deps.options.agentAwayGraceSeconds * 1000;
  }
}
