import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import type { DialogState } from '../dialogs/framework';
import type { HandoffDetails, HandoffGate } from '../handoff/types';
import type { Understanding } from '../nlu/types';
import { renderEmergencyAnswer } from './emergencyAnswer';
import type { EmergencyTally } from './emergencyTally';
import type { EmergencyWait } from './emergencyWait';
import { queueSituation } from './queueSituation';

type Holder = Awaited<ReturnType<NonNullable<HandoffGate['holder']>>>;

export interface EmergencyTurnDeps {
  content: Content;
  gate: HandoffGate;
  waiting: EmergencyWait;
  dialogState: StatePropertyAccessor<DialogState>;
  tally?: EmergencyTally;
  handover?: (state: DialogState | undefined) => HandoffDetails | undefined;
}

const log = componentLogger('bots.assistant');

/**
 * Numbers first, then a gendarme. The dialogs do not run on this turn: a running procedure
 * stays where it was and resumes with the next message.
 */
export async function answerEmergency(deps: EmergencyTurnDeps, context: TurnContext,
  understanding: Understanding, knownHolder?: Holder, formTold = false): Promise<void> {
  const { content, gate } = deps;
  // the line with the conversation's id does not say which danger ("suicide" is health
  // data): the kinds are counted apart (EmergencyTally), gendarmes read it in the queue
  log.warn('emergency detected', {
    event: 'emergency', conversationId: context.activity.conversation?.id,
  });
  deps.tally?.add(understanding.emergency.situation);

  await deps.waiting.remember(context, understanding);
  // a gendarme already here is told by the gate: no "je préviens un gendarme" (F14)
  const agentHere = (knownHolder ?? await gate.holder?.(context)) === 'agent';
  await context.sendActivity(renderEmergencyAnswer(understanding.emergency, content,
    agentHere, formTold));
  // the gendarme gets a form's answers as on "parler à un gendarme": not asked again
  const collected = deps.handover?.(await deps.dialogState.get(context))?.collected;
  await gate.request(context, 'emergency', 'emergency',
    { situation: queueSituation(understanding.emergency, understanding.normalized),
      ...(collected ? { collected } : {}) });
  // lets the gate record the message for a gendarme already following the conversation
  await gate.intercept(context, understanding);
}
