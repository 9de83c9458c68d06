import type { TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import { insistsOnEmergency } from '../dialogs/prompts/emergencyInsisted';
import { isFalseAlarmRemark } from '../dialogs/prompts/falseAlarm';
import type { HandoffGate } from '../handoff/types';
import type { EmergencyWait } from './emergencyWait';

const log = componentLogger('bots.assistant');

/**
 * "fausse alerte" right after an emergency told outside any form: the queue stands it down
 * as inside a form (FormHold), and the citizen hears that it is noted. Without this it was
 * read as a topic ("fausse" as in a fake seller) and got a menu (t65). Only the explicit
 * words: "il est parti" after "il me frappe" is no reason to lower anything. "c'est pas
 * une fausse alerte" never stands down.
 */
export class FalseAlarmOutsideForm {
  constructor(
    private readonly waiting: EmergencyWait,
    private readonly gate: HandoffGate,
    private readonly content: Content,
  ) {}

  /** True when the message stood the emergency down; call before the gate reads the turn. */
  async standDown(context: TurnContext, text: string): Promise<boolean> {
    if (insistsOnEmergency(text) || !isFalseAlarmRemark(text)
      || !await this.waiting.recent(context)) {
      return false;
    }

    log.info('false alarm outside a form', {
      event: 'emergency.false_alarm', conversationId: context.activity.conversation?.id,
    });
    await this.gate.standDown?.(context);
    return true;
  }

  async reply(context: TurnContext): Promise<void> {
    await context.sendActivity(this.content.render('bot/falseAlarm'));
  }
}
