import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { markAfterEmergency } from '../dialogs/common/emergencyAftermath';
import { insistsOnEmergency } from '../dialogs/prompts/emergencyInsisted';
import type { EmergencyAssessment, Understanding } from '../nlu/types';
import { emergencyServices } from './emergencyAnswer';
import { queueSituation } from './queueSituation';

/**
 * While an emergency waits for a gendarme, small talk ("allo ya quelqu'un ??" → "Bonjour
 * !") is no answer: the citizen hears that the message is passed on, and the numbers of
 * their emergency again (tester13's F6).
 */
export function isSmallTalk(understanding: Understanding): boolean {
  return understanding.topic === 'none' || understanding.topic.startsWith('smalltalk.');
}

/** How long the messages after an emergency are taken as part of it. */
export const EMERGENCY_AFTERMATH_MS = 30 * 60 * 1000;

/** When the last emergency was told, and how many calm messages were read since. */
interface LastEmergency {
  at: number;
  calm: number;
  /** Its queue label, for the queue when the citizen insists it is real (queueSituation). */
  situation?: string;
}

/**
 * Keeps the numbers of the conversation's last emergency, most fitting first, to repeat
 * them while it waits for a gendarme (none kept: 17 and 112), and when it was told, so
 * that the messages right after it are known as part of it.
 */
export class EmergencyWait {
  private readonly numbers: StatePropertyAccessor<string[]>;
  private readonly last: StatePropertyAccessor<LastEmergency>;

  constructor(state: ConversationState, private readonly content: Content,
    private readonly clock: () => Date) {
    this.numbers = state.createProperty<string[]>('emergencyNumbers');
    this.last = state.createProperty<LastEmergency>('lastEmergency');
  }

  async remember(context: TurnContext, understanding: Understanding): Promise<void> {
    const services = emergencyServices(understanding.emergency, this.content);
    await this.numbers.set(context, services.map((service) => service.number));
    await this.last.set(context, { at: this.clock().getTime(), calm: 0,
      situation: queueSituation(understanding.emergency, understanding.normalized) });
  }

  /**
   * "non c'est pas une fausse alerte, il est toujours là" within EMERGENCY_AFTERMATH_MS of
   * an emergency is that emergency again (its numbers, its situation), even after a "fausse
   * alerte" lowered it: the triage reads no danger in these words (tester's t63 item 1).
   */
  async insisted(context: TurnContext, understanding: Understanding): Promise<Understanding> {
    if (understanding.emergency.detected || !insistsOnEmergency(understanding.text)) {
      return understanding;
    }
    const last = await this.last.get(context);
    if (last === undefined || this.clock().getTime() - last.at >= EMERGENCY_AFTERMATH_MS) {
      return understanding;
    }

    const numbers = await this.numbers.get(context, []);
    const emergency: EmergencyAssessment = { detected: true, numbers,
      ...(last.situation === undefined ? {} : { situation: last.situation }) };
    return { ...understanding, emergency };
  }

  /**
   * On a calm message: the first one after an emergency, however late, and any within
   * EMERGENCY_AFTERMATH_MS are marked as following it (followsEmergency). Nothing is
   * written once that time is over.
   */
  async readCalm(context: TurnContext): Promise<void> {
    const last = await this.last.get(context);
    if (last === undefined) {
      return;
    }

    const over = this.clock().getTime() - last.at >= EMERGENCY_AFTERMATH_MS;
    if (over && last.calm > 0) {
      await this.last.delete(context);
      return;
    }
    markAfterEmergency(context);
    await this.last.set(context, { ...last, calm: last.calm + 1 });
  }

  /** An emergency was told less than EMERGENCY_AFTERMATH_MS ago. */
  async recent(context: TurnContext): Promise<boolean> {
    const last = await this.last.get(context);
    return last !== undefined && this.clock().getTime() - last.at < EMERGENCY_AFTERMATH_MS;
  }

  /** "Votre message est transmis…", with the numbers of this emergency. */
  async reply(context: TurnContext): Promise<void> {
    const numbers = await this.numbers.get(context, []);
    const services = emergencyServices({ detected: true, numbers }, this.content);
    await context.sendActivity(this.content.render('bot/emergencyWaiting', { services }));
  }
}
