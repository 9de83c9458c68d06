import type { Content } from '../content/renderer';
import type { AgentPrincipal } from '../core/auth';
import { componentLogger } from '../core/logger';
import { visibleText } from '../dialogs/prompts/visibleText';
import type { QueueAnnouncer } from './announcer';
import { type CitizenNotifier, ratingActions } from './citizen';
import { HandoffError } from './errors';
import type { HandoffEvents } from './events';
import type { HandoffConversation, TranscriptEntry } from './model';
import type { HandoffOptions } from './options';
import type { PresenceRegistry } from './presence';
import type { HandoffQueue } from './queue';
import type { TranscriptStore } from './transcript';

const log = componentLogger('handoff.agent');

export interface ServiceDeps {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  notifier: CitizenNotifier;
  announcer: QueueAnnouncer;
  presence: PresenceRegistry;
  events: HandoffEvents;
  content: Content;
  options: HandoffOptions;
}

export const MAX_TEXT_LENGTH = 4000;

function isSupervisor(principal: AgentPrincipal): boolean {
  return principal.role === 'supervisor' || principal.role === 'admin';
}

export function checkText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new HandoffError('invalid_request', 'text must be a non-empty string');
  }
  if (text.length > MAX_TEXT_LENGTH) {
    throw new HandoffError('too_large', `text must be at most ${MAX_TEXT_LENGTH} characters`);
  }

  // as for citizens' answers: a control or invisible character shows nothing to the reader
  // (a blank bubble) or turns the text around (bidi overrides)
  const visible = visibleText(text);
  if (visible.trim() === '') {
    throw new HandoffError('invalid_request', 'text must be a non-empty string');
  }
  return visible;
}

/** What gendarmes do with conversations; every method is one agent API action. */
export class HandoffService {
  constructor(private readonly deps: ServiceDeps) {}

  async conversation(id: string): Promise<HandoffConversation> {
    const conversation = await this.deps.queue.get(id);
    if (!conversation) {
      throw new HandoffError('not_found', 'no such conversation');
    }
    return conversation;
  }

  /**
   * Takes a queued (or watched bot) conversation; only one agent can ever win. A normal
   * conversation is refused while emergencies wait, unless `force` says the agent saw them.
   */
  async claim(principal: AgentPrincipal, id: string, force = false):
  Promise<HandoffConversation> {
    const before = await this.conversation(id);
    if (before.state === 'agent') {
      throw new HandoffError('conflict', 'conversation already taken');
    }
    if (before.state === 'bot' && !before.watchers.includes(principal.agentId)) {
      // a bot conversation is only taken deliberately, after watching it
      throw new HandoffError('conflict', 'conversation is not waiting for an agent');
    }
    await this.checkEmergencies(before, force);
    await this.checkCapacity(principal.agentId);

    const claimed = await this.deps.queue.transition(id, { state: before.state },
      { state: 'agent', agentId: principal.agentId, claimedAt: this.deps.queue.clock(),
        awaitingRating: false, handedBack: false });
    if (!claimed) {
      throw new HandoffError('conflict', 'conversation already taken');
    }
    if (before.state === 'queued') {
      this.deps.queue.recordWait(before);
    }

    await this.deps.transcript.append(id, { from: 'system', kind: 'event', text: 'claimed',
      agentId: principal.agentId });
    this.stateChanged(claimed, 'claimed');
    await this.deps.notifier.say(claimed.reference, 'handoff/agent-joined');
    await this.deps.announcer.refresh();
    return claimed;
  }

  async reply(principal: AgentPrincipal, id: string, text: unknown): Promise<TranscriptEntry> {
    const body = checkText(text);
    const conversation = await this.owned(principal, id);

    await this.deps.notifier.relay(conversation.reference, body);
    return this.deps.transcript.append(id, { from: 'agent', kind: 'message', text: body,
      agentId: principal.agentId });
  }

  /** Sends one of the French canned replies of content/fr/handoff/canned/. */
  async replyCanned(principal: AgentPrincipal, id: string, key: unknown):
  Promise<TranscriptEntry> {
    const template = `handoff/canned/${String(key)}`;
    if (typeof key !== 'string' || !/^[a-z0-9-]+$/.test(key) || !this.deps.content.has(template)) {
      throw new HandoffError('invalid_request', 'unknown canned reply');
    }
    return this.reply(principal, id, this.deps.content.render(template));
  }

  canned(): Array<{ key: string; text: string }> {
    const prefix = 'handoff/canned/';
    return this.deps.content.keys().filter((key) => key.startsWith(prefix))
      .map((key) => ({ key: key.slice(prefix.length), text: this.deps.content.render(key) }));
  }

  async typing(principal: AgentPrincipal, id: string): Promise<void> {
    const conversation = await this.owned(principal, id);

    await this.deps.notifier.typing(conversation.reference);
    this.deps.events.publish({ type: 'typing', conversationId: id, from: 'agent',
      agentId: principal.agentId });
  }

  /** Internal note: stored with the transcript, shown to agents, never sent to the citizen. */
  async note(principal: AgentPrincipal, id: string, text: unknown): Promise<TranscriptEntry> {
    const body = checkText(text);
    await this.conversation(id);

    return this.deps.transcript.append(id, { from: 'agent', kind: 'note', text: body,
      agentId: principal.agentId });
  }

  async transfer(principal: AgentPrincipal, id: string, target: unknown):
  Promise<HandoffConversation> {
    if (typeof target !== 'string' || target === '' || target === principal.agentId) {
      throw new HandoffError('invalid_request', 'agentId must name another agent');
    }
    const conversation = await this.owned(principal, id, true);
    if (this.deps.presence.get(target) === 'offline') {
      throw new HandoffError('invalid_request', 'target agent is offline');
    }
    await this.checkCapacity(target);

    const moved = await this.deps.queue.transition(id,
      { state: 'agent', agentId: conversation.agentId }, { agentId: target });
    if (!moved) {
      throw new HandoffError('conflict', 'conversation changed meanwhile');
    }
    await this.deps.transcript.append(id, { from: 'system', kind: 'event', text: 'transferred',
      agentId: target });
    this.stateChanged(moved, 'transferred');
    return moved;
  }

  async watch(principal: AgentPrincipal, id: string, on: boolean): Promise<HandoffConversation> {
    const conversation = await this.conversation(id);
    const others = conversation.watchers.filter((agentId) => agentId !== principal.agentId);
    const watchers = on ? [...others, principal.agentId] : others;

    const updated = await this.deps.queue.transition(id, { updatedAt: conversation.updatedAt },
      { watchers });
    if (!updated) {
      throw new HandoffError('conflict', 'conversation changed meanwhile, try again');
    }
    return updated;
  }

  /**
   * Hands the conversation back to the bot, which asks the citizen to rate the exchange;
   * after an emergency, closing needs `confirm` and no rating is asked (tester12's F12).
   */
  async close(principal: AgentPrincipal, id: string, confirm = false):
  Promise<HandoffConversation> {
    const conversation = await this.owned(principal, id, true);
    this.checkRecentEmergency(conversation, confirm);

    const emergency = conversation.priority === 'emergency';
    const closed = await this.deps.queue.transition(id,
      { state: 'agent', agentId: conversation.agentId },
      { state: 'bot', agentId: '', awaitingRating: !emergency, ratingAskedAgain: false,
        handedBack: true });
    if (!closed) {
      throw new HandoffError('conflict', 'conversation changed meanwhile');
    }
    await this.deps.transcript.append(id, { from: 'system', kind: 'event', text: 'closed',
      agentId: principal.agentId });
    this.stateChanged(closed, 'closed');

    if (emergency) {
      await this.deps.notifier.say(closed.reference, 'handoff/closed-emergency');
      return closed;
    }
    await this.deps.notifier.say(closed.reference, 'handoff/closed');
    await this.deps.notifier.say(closed.reference, 'handoff/rating-question', {},
      ratingActions(this.deps.content));
    return closed;
  }

  private checkRecentEmergency(conversation: HandoffConversation, confirm: boolean): void {
    const since = this.deps.queue.clock() - (conversation.emergencyAt ?? 0);
    const recent = (conversation.emergencyAt ?? 0) > 0
      && since < this.deps.options.closeConfirmMinutes * 60_000;
    if (recent && !confirm) {
      throw new HandoffError('emergency_recent', 'an emergency was flagged in this '
        + 'conversation a short while ago: close again with "confirm": true');
    }
  }

  private async owned(principal: AgentPrincipal, id: string, supervisorToo = false):
  Promise<HandoffConversation> {
    const conversation = await this.conversation(id);
    if (conversation.state !== 'agent') {
      throw new HandoffError('conflict', 'conversation is not with an agent');
    }
    const allowed = conversation.agentId === principal.agentId
      || (supervisorToo && isSupervisor(principal));
    if (!allowed) {
      throw new HandoffError('forbidden', 'conversation belongs to another agent');
    }
    return conversation;
  }

  private async checkEmergencies(conversation: HandoffConversation, force: boolean):
  Promise<void> {
    // a bot conversation keeps the priority of its last stay in the queue: not an emergency
    const emergency = conversation.state === 'queued' && conversation.priority === 'emergency';
    if (emergency || force) {
      return;
    }
    const waiting = await this.deps.queue.waitingEmergencies();
    if (waiting > 0) {
      throw new HandoffError('emergency_waiting', `${waiting} emergency conversation(s) `
        + 'waiting: take them first, or claim again with "force": true');
    }
  }

  private async checkCapacity(agentId: string): Promise<void> {
    const open = await this.deps.queue.openCount(agentId);
    if (open >= this.deps.options.maxOpenPerAgent) {
      throw new HandoffError('limit_reached',
        `at most ${this.deps.options.maxOpenPerAgent} open conversations per agent`);
    }
  }

  private stateChanged(conversation: HandoffConversation, cause: string): void {
    log.info('conversation state', { conversationId: conversation.id, state: conversation.state,
      agentId: conversation.agentId, cause });
    this.deps.events.publish({ type: 'state', conversationId: conversation.id,
      state: conversation.state, agentId: conversation.agentId, cause });
  }
}
