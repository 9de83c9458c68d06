import { ActivityTypes, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import type { Understanding } from '../nlu/types';
import type { AgentAway } from './agentAway';
import { annotateHandedOver } from './annotations';
import { type QueueAnnouncer, queuedNotice } from './announcer';
import { backToBot, sayInTurn } from './backToBot';
import { type CitizenNotifier, ratingActions } from './citizen';
import { isExit } from './commands';
import { afterClose } from './rating';
import { botKeepsAnswering } from './emergencyWaiting';
import { raisePriority } from './escalation';
import { isFormWaiting } from './handBack';
import { askToConfirmLeave, CANCEL_QUEUED, confirmsLeave } from './leaveConfirm';
import type { HandoffEvents } from './events';
import type { HandoffConversation, HandoffState } from './model';
import type { HandoffOptions } from './options';
import { isHandoffStatus, sendInitiation } from './protocol';
import type { HandoffQueue } from './queue';
import type { QueuedReply } from './queuedReply';
import { besideTurn, recordTurn } from './recorder';
import { claimFalseAlarm, forgetFalseAlarmQuestion } from './falseAlarmConfirm';
import { onHandoffStatus } from './statusTurn';
import type { TranscriptStore } from './transcript';
import type {
  FalseAlarmClaim, FalseAlarmOutcome, HandoffDetails, HandoffGate, HandoffPriority, HandoffReason,
} from './types';

const log = componentLogger('handoff.gate');
/** This turn's write of the last topic, which later reads of the record await. */
const TOPIC_WRITE = Symbol('handoff.topicWrite');

export interface GateDeps {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  notifier: CitizenNotifier;
  announcer: QueueAnnouncer;
  away: AgentAway;
  events: HandoffEvents;
  content: Content;
  options: HandoffOptions;
  /** Channels whose handoff.status events are trusted (a contact centre's, never Web Chat). */
  trustedStatusChannels: readonly string[];
  waiting: QueuedReply;
}

/** Routes each turn by the conversation's state; see HandoffGate for the contract. */
export class HandoffGateImpl implements HandoffGate {
  constructor(private readonly deps: GateDeps) {}

  async intercept(context: TurnContext, understanding: Understanding): Promise<boolean> {
    const conversation = await this.load(context);
    await recordTurn(context, this.deps.transcript);

    if (isHandoffStatus(context.activity)) {
      await onHandoffStatus(this.deps, context, conversation, this.trusted(context));
      return true;
    }
    if (context.activity.type === ActivityTypes.Typing) {
      this.typing(conversation);
      return conversation.state !== 'bot';
    }

    switch (conversation.state) {
      case 'bot':
        await this.rememberTopic(context, conversation, understanding.topic);
        return afterClose({ queue: this.deps.queue, transcript: this.deps.transcript,
          say: (key, data) => this.say(context, key, data),
          askAgain: () => sayInTurn(context, this.deps.content, 'handoff/rating-again', {},
            ratingActions(this.deps.content)) }, context, conversation);
      case 'queued':
        return this.whileQueued(context, conversation, understanding);
      case 'agent':
        return this.withAgent(context, conversation, understanding);
    }
  }

  async request(context: TurnContext, reason: HandoffReason, priority: HandoffPriority,
    details: HandoffDetails = {}): Promise<void> {
    const conversation = await this.load(context);
    await recordTurn(context, this.deps.transcript);

    if (conversation.state === 'queued' || conversation.state === 'agent') {
      await this.again(context, conversation, priority, details.situation);
      return;
    }
    const queued = await this.deps.queue.enqueue(conversation.id, { reason, priority,
      topic: details.topic ?? conversation.topic, collected: details.collected,
      situation: priority === 'emergency' ? details.situation : undefined });
    if (!queued) {
      // a concurrent turn queued it first: answer as for a repeated request
      await this.again(context, await this.reload(conversation), priority, details.situation);
      return;
    }

    log.info('queued', { conversationId: queued.id, reason, priority });
    await this.deps.transcript.append(queued.id, { from: 'system', kind: 'event',
      text: `queued:${reason}` });
    await this.welcome(context, queued);
    // the event carries the whole transcript (phone numbers, addresses): only a contact
    // centre we trust may receive it, never a social network's connector
    if (this.deps.options.emitProtocolEvents && this.trusted(context)) {
      await sendInitiation(context, this.deps.transcript, queued);
    }
    await this.deps.announcer.refresh();
  }

  async holder(context: TurnContext): Promise<HandoffState> {
    const conversation = await this.load(context);
    // nobody reads a gendarme's conversation while he is offline: it goes back to the queue
    return this.deps.away.isAway(conversation) ? 'queued' : conversation.state;
  }
  async standDown(context: TurnContext, claim: FalseAlarmClaim): Promise<FalseAlarmOutcome> {
    return claimFalseAlarm(this.deps, await this.load(context), claim);
  }

  async annotate(context: TurnContext, rows: Readonly<Record<string, string>>):
  Promise<void> {
    await annotateHandedOver(this.deps.queue, this.deps.events, context.activity.conversation.id,
      rows);
  }

  private async again(context: TurnContext, conversation: HandoffConversation,
    priority: HandoffPriority, situation?: string): Promise<void> {
    const state = conversation.state;
    if (state === 'bot') {
      return;
    }
    if (priority === 'emergency') {
      await forgetFalseAlarmQuestion(this.deps.queue, conversation);
      if (!await this.deps.away.requeueEmergency(context, conversation, situation)) {
        await raisePriority(this.deps, context, conversation, state, situation);
      }
      return;
    }
    if (state === 'agent') {
      await this.deps.away.answerRequest(context, conversation);
      return;
    }
    const status = await this.deps.announcer.status(conversation.id);
    if (status) {
      await this.say(context, status.noAgent ? 'handoff/already-queued-no-agent'
        : 'handoff/already-queued', { position: status.position, minutes: status.minutes });
    }
  }

  private async whileQueued(context: TurnContext, conversation: HandoffConversation,
    understanding: Understanding): Promise<boolean> {
    if (understanding.emergency.detected) {
      await raisePriority(this.deps, context, conversation, 'queued');
      // still queued as an emergency: the bot goes on answering, as on the next turns
      botKeepsAnswering(context, { reason: conversation.reason, priority: 'emergency' });
      return true;
    }
    const exit = isExit(understanding.text);
    const confirmed = confirmsLeave(this.deps, conversation, understanding.text, exit);
    if (!exit && !confirmed) {
      // relayed: the message is in the transcript and the place in the queue is unchanged
      return this.deps.waiting.relay(context, conversation, understanding.text);
    }
    if (!confirmed && isFormWaiting(context) && botKeepsAnswering(context, conversation)) {
      // the bot still runs the form after an emergency: its "annuler" is the form's alone
      return false;
    }
    if (!confirmed && await askToConfirmLeave(this.deps, context, conversation, CANCEL_QUEUED)) {
      return true;
    }

    const cancelled = await this.deps.queue.transition(conversation.id, { state: 'queued' },
      { state: 'bot', positionTold: 0, leaveAskedAt: 0 });
    if (!cancelled) {
      // an agent claimed it in the meantime: the citizen is now talking to them
      return true;
    }
    await backToBot(this.deps, context, cancelled, 'cancelled', 'handoff/cancelled');
    await this.deps.announcer.refresh();
    return true;
  }

  private async withAgent(context: TurnContext, conversation: HandoffConversation,
    understanding: Understanding): Promise<boolean> {
    if (understanding.emergency.detected) {
      if (!await this.deps.away.requeueEmergency(context, conversation)) {
        await raisePriority(this.deps, context, conversation, 'agent');
      }
      return true;
    }
    const exit = isExit(understanding.text);
    const confirmed = confirmsLeave(this.deps, conversation, understanding.text, exit);
    if (!exit && !confirmed) {
      await this.deps.away.onMessage(context, conversation, understanding.text);
      return true;
    }
    if (!confirmed && await askToConfirmLeave(this.deps, context, conversation)) {
      return true;
    }

    const left = await this.deps.queue.transition(conversation.id,
      { state: 'agent', agentId: conversation.agentId },
      { state: 'bot', agentId: '', leaveAskedAt: 0 });
    if (left) {
      await backToBot(this.deps, context, left, 'left', 'handoff/left', conversation.agentId);
    }
    return true;
  }

  /** The last topic the citizen talked about, shown to agents if they ask for a gendarme;
   * stored beside the answer (no disk write before it), awaited by later reads (load). */
  private async rememberTopic(context: TurnContext, conversation: HandoffConversation,
    topic: string): Promise<void> {
    // a greeting is not a subject: the agent would read "smalltalk.greeting" as one; nor is
    // an answer to a form's question ("le 3 janvier" read as a criminal record: tester14 F8)
    if (!isFormWaiting(context) && topic !== '' && topic !== 'none'
      && !topic.startsWith('smalltalk.') && topic !== conversation.topic) {
      const written = this.deps.queue.transition(conversation.id, { state: 'bot' }, { topic });
      context.turnState.set(TOPIC_WRITE, written);
      await besideTurn(context, written);
    }
  }

  private typing(conversation: HandoffConversation): void {
    if (conversation.state === 'agent') {
      this.deps.events.publish({ type: 'typing', conversationId: conversation.id, from: 'user' });
    }
  }

  /** One message with the place in the queue and, when needed, the honest fallback. */
  private async welcome(context: TurnContext, queued: HandoffConversation): Promise<void> {
    const status = await this.deps.announcer.status(queued.id);
    if (!status || !await this.deps.announcer.told(queued, status)) {
      return;
    }
    await this.say(context, queuedNotice(status, queued.priority),
      { position: status.position, minutes: status.minutes });
  }

  /** A contact centre's channel, which speaks the handoff protocol with us. */
  private trusted(context: TurnContext): boolean {
    return this.deps.trustedStatusChannels.includes(context.activity.channelId);
  }

  private async say(context: TurnContext, key: string, data: Record<string, unknown> = {}):
  Promise<void> {
    await sayInTurn(context, this.deps.content, key, data);
  }

  private async load(context: TurnContext): Promise<HandoffConversation> {
    const topicWrite: Promise<unknown> | undefined = context.turnState.get(TOPIC_WRITE);
    await topicWrite;
    const reference = TurnContext.getConversationReference(context.activity);
    return this.deps.queue.ensure(context.activity.conversation.id, reference);
  }

  private async reload(conversation: HandoffConversation): Promise<HandoffConversation> {
    return (await this.deps.queue.get(conversation.id)) ?? conversation;
  }
}
