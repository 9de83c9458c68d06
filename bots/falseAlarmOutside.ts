import type { TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import { deniesEmergency, dismissesEmergency } from '../dialogs/prompts/falseAlarm';
import type { HandoffGate } from '../handoff/types';
import type { EmergencyWait } from './emergencyWait';

const log = componentLogger('bots.assistant');

/** What the citizen hears: the emergency stood down, or still on its way to a gendarme. */
export type CalmReply = 'bot/falseAlarm' | 'bot/dangerOver';

/**
 * "fausse alerte" right after an emergency told outside any form: the queue stands it down
 * as inside a form (FormHold), and the citizen hears that it is noted. Without this it was
 * read as a topic ("fausse" as in a fake seller) and got a menu (t65). Only a denial:
 * "il est parti" after "il me frappe" is no reason to lower anything, and is told that a
 * gendarme still calls back (t97). "c'est pas une fausse alerte" never stands down.
 */
export class FalseAlarmOutsideForm {
  constructor(
    private readonly waiting: EmergencyWait,
    private readonly gate: HandoffGate,
    private readonly content: Content,
  ) {}

  /** The reply owed to this message, if any; call before the gate reads the turn. */
  async read(context: TurnContext, text: string): Promise<CalmReply | undefined> {
    if (!dismissesEmergency(text) || !await this.waiting.recent(context)) {
      return undefined;
    }
    if (!deniesEmergency(text)) {
      return 'bot/dangerOver';
    }

    log.info('false alarm outside a form', {
      event: 'emergency.false_alarm', conversationId: context.activity.conversation?.id,
    });
    await this.gate.standDown?.(context);
    return 'bot/falseAlarm';
  }

  async reply(context: TurnContext, key: CalmReply): Promise<void> {
    await context.sendActivity(this.content.render(key));
  }
}
