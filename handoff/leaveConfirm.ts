import type { TurnContext } from 'botbuilder';
import { sayInTurn, type BackToBotDeps } from './backToBot';
import { normalizeCommand } from './commands';
import type { HandoffConversation } from './model';
import type { HandoffQueue } from './queue';

/**
 * "retour au robot" typed right after an emergency: a tester's citizen left the gendarme at
 * once, the gendarme none the wiser. Within `closeConfirmMinutes` of an emergency (the
 * gendarme's own close needs a confirmation in that window too) the citizen is asked to
 * confirm, and the gendarme reads that they asked; the command typed again while the question
 * is fresh leaves. Not a bare "oui": it may answer the gendarme's own question ("ça va ?").
 * Anything else goes on to the gendarme.
 */

export interface LeaveConfirmDeps extends BackToBotDeps {
  queue: HandoffQueue;
  options: { closeConfirmMinutes: number };
}

/** The question stands this long: a "oui" an hour later answers something else. */
export const QUESTION_MS = 10 * 60_000;
const CONFIRM = new Set(['oui retour au robot', 'oui je confirme', 'je confirme',
  'oui je veux revenir au robot', 'oui revenir au robot']);

export function emergencyIsRecent(deps: LeaveConfirmDeps, conversation: HandoffConversation):
  boolean {
  const at = conversation.emergencyAt ?? 0;
  return at > 0 && deps.queue.clock() - at < deps.options.closeConfirmMinutes * 60_000;
}

function questionIsFresh(deps: LeaveConfirmDeps, conversation: HandoffConversation): boolean {
  const asked = conversation.leaveAskedAt ?? 0;
  return asked > 0 && deps.queue.clock() - asked < QUESTION_MS;
}

/** True when this leave command (or "je confirme") confirms the question asked a moment ago. */
export function confirmsLeave(deps: LeaveConfirmDeps, conversation: HandoffConversation,
  text: string, isLeaveCommand: boolean): boolean {
  return questionIsFresh(deps, conversation)
    && (isLeaveCommand || CONFIRM.has(normalizeCommand(text)));
}

/** What is confirmed: leaving the gendarme, or withdrawing a request still queued. */
export interface LeaveQuestion {
  key: string;
  event: string;
}

export const LEAVE_AGENT: LeaveQuestion = { key: 'handoff/leave-confirm', event: 'leave_asked' };

/**
 * "annuler" after "il me frappe au secours" took a live emergency out of the gendarmes'
 * queue at once (t97): while still queued as an emergency it is asked too, however long ago.
 */
export const CANCEL_QUEUED: LeaveQuestion = { key: 'handoff/cancel-confirm',
  event: 'cancel_asked' };

function needsQuestion(deps: LeaveConfirmDeps, conversation: HandoffConversation): boolean {
  const queuedEmergency = conversation.state === 'queued' && conversation.priority === 'emergency';
  return queuedEmergency || emergencyIsRecent(deps, conversation);
}

/** Asks the citizen to confirm and tells the gendarme; false when no question is needed. */
export async function askToConfirmLeave(deps: LeaveConfirmDeps, context: TurnContext,
  conversation: HandoffConversation, question: LeaveQuestion = LEAVE_AGENT): Promise<boolean> {
  if (!needsQuestion(deps, conversation) || questionIsFresh(deps, conversation)) {
    return false;
  }

  const asked = await deps.queue.transition(conversation.id,
    { state: conversation.state, agentId: conversation.agentId },
    // one question at a time: "je confirme" answers this one, not a false alarm's
    { leaveAskedAt: deps.queue.clock(), falseAlarmAskedAt: 0 });
  if (!asked) {
    // claimed or closed in the meantime: the command is read again on its next turn
    return false;
  }

  await deps.transcript.append(conversation.id, { from: 'system', kind: 'event',
    text: question.event, agentId: conversation.agentId || undefined });

  await sayInTurn(context, deps.content, question.key);
  return true;
}
