import type { TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import { deniesEmergency, dismissesEmergency } from '../dialogs/prompts/falseAlarm';
import { confirmsFalseAlarm } from '../handoff/falseAlarmConfirm';
import type { FalseAlarmClaim, HandoffGate } from '../handoff/types';
import type { EmergencyWait } from './emergencyWait';

const log = componentLogger('bots.assistant');

/**
 * What the citizen hears: the emergency stood down, still on its way to a gendarme, or
 * the false alarm to confirm first (after a threat, as "annuler": handoff/falseAlarmConfirm).
 */
export type CalmReply = 'bot/falseAlarm' | 'bot/dangerOver' | 'bot/falseAlarmConfirm';

/**
 * "fausse alerte" right after an emergency told outside any form: the queue stands it down
 * as inside a form (FormHold), and the citizen hears that it is noted. Without this it was
 * read as a topic ("fausse" as in a fake seller) and got a menu (t65). Only a denial:
 * "il est parti" after "il me frappe" is no reason to lower anything, and is told that a
 * gendarme still calls back (t97). "c'est pas une fausse alerte" never stands down.
 * After a threat the gate asks for a confirmation first, as for "annuler" (t98).
 */
export class FalseAlarmOutsideForm {
  constructor(
    private readonly waiting: EmergencyWait,
    private readonly gate: HandoffGate,
    private readonly content: Content,
  ) {}

  /** The reply owed to this message, if any; call before the gate reads the turn. */
  async read(context: TurnContext, text: string): Promise<CalmReply | undefined> {
    const dismissed = dismissesEmergency(text);
    if (!(dismissed || confirmsFalseAlarm(text)) || !await this.waiting.recent(context)) {
      return undefined;
    }
    if (dismissed && !deniesEmergency(text)) {
      return 'bot/dangerOver';
    }
    // "je confirme" counts only as the answer to a false alarm's question (the gate knows)
    return this.claim(context, dismissed ? 'told' : 'confirmed');
  }

  private async claim(context: TurnContext, claim: FalseAlarmClaim):
  Promise<CalmReply | undefined> {
    const outcome = await this.gate.standDown?.(context, claim) ?? 'stood_down';
    if (outcome === 'none') {
      return undefined;
    }
    log.info('false alarm outside a form', {
      event: outcome === 'asked' ? 'emergency.false_alarm_asked' : 'emergency.false_alarm',
      conversationId: context.activity.conversation?.id,
    });
    return outcome === 'asked' ? 'bot/falseAlarmConfirm' : 'bot/falseAlarm';
  }

  async reply(context: TurnContext, key: CalmReply): Promise<void> {
    await context.sendActivity(this.content.render(key));
  }
}
