import { normalizeCommand } from './commands';
import { QUESTION_MS } from './leaveConfirm';
import type { HandoffConversation } from './model';
import type { HandoffQueue } from './queue';
import { standDown, type StandDownDeps } from './standDown';
import type { FalseAlarmClaim, FalseAlarmOutcome } from './types';

/**
 * "fausse alerte" after "il a un couteau" lowered the priority at once, where "annuler" asks
 * first (t97): the one who threatens may be the one typing. After a danger from a person
 * (the queue's situation), the first word of a false alarm is asked to be confirmed, as
 * "annuler" is; the request stays first in the queue and the gendarmes read that it was
 * asked. The same word again, or "je confirme", while the question is fresh (QUESTION_MS),
 * stands it down. A fire, a malaise or a lost child found again are stood down at once:
 * nobody there would write it in the citizen's place (tester F4's street read as a fire).
 */
const THREATS: ReadonlySet<string> = new Set(['violence', 'weapon', 'domestic_violence',
  'intrusion', 'hiding', 'child_violence', 'child_neglect', 'child_sexual_abuse',
  'child_sexual_abuse_now',
  // a call for help with no kind, or the learned model's guess: anyone may be there
  'generic', 'uncertain', '']);

/** Typed to answer the question; a bare "oui" confirms nothing (it may answer anything). */
const CONFIRM: ReadonlySet<string> = new Set(['je confirme', 'oui je confirme', 'confirme',
  'je confirme c est une fausse alerte', 'oui je confirme c est une fausse alerte',
  'je confirme fausse alerte', 'confirmer']);

export function confirmsFalseAlarm(text: string): boolean {
  return CONFIRM.has(normalizeCommand(text));
}

function questionIsFresh(queue: HandoffQueue, conversation: HandoffConversation): boolean {
  const asked = conversation.falseAlarmAskedAt ?? 0;
  return asked > 0 && queue.clock() - asked < QUESTION_MS;
}

function needsConfirmation(conversation: HandoffConversation): boolean {
  return conversation.state === 'queued' && conversation.priority === 'emergency'
    && THREATS.has(conversation.situation ?? '');
}

/** The question, asked: false when the conversation changed meanwhile (claimed, lowered). */
async function ask(deps: StandDownDeps, conversation: HandoffConversation): Promise<boolean> {
  const asked = await deps.queue.transition(conversation.id,
    { state: 'queued', priority: 'emergency' },
    // one question at a time: "je confirme" now answers this one, not "annuler"'s
    { falseAlarmAskedAt: deps.queue.clock(), leaveAskedAt: 0 });
  if (!asked) {
    return false;
  }
  await deps.transcript.append(asked.id, { from: 'system', kind: 'event',
    text: 'false_alarm_asked' });
  return true;
}

/** What becomes of the citizen's false alarm (HandoffGate.standDown). */
export async function claimFalseAlarm(deps: StandDownDeps, conversation: HandoffConversation,
  claim: FalseAlarmClaim): Promise<FalseAlarmOutcome> {
  const fresh = questionIsFresh(deps.queue, conversation);
  if (claim === 'confirmed' && !fresh) {
    return 'none';
  }
  if (claim === 'told' && !fresh && needsConfirmation(conversation)
    && await ask(deps, conversation)) {
    return 'asked';
  }
  await standDown(deps, conversation);
  return 'stood_down';
}

/** A danger told again: a false alarm said before it no longer counts as asked. */
export async function forgetFalseAlarmQuestion(queue: HandoffQueue,
  conversation: HandoffConversation): Promise<void> {
  if ((conversation.falseAlarmAskedAt ?? 0) > 0) {
    await queue.transition(conversation.id, { state: conversation.state },
      { falseAlarmAskedAt: 0 });
  }
}
