import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import type { Understanding } from '../nlu/types';
import { emergencyServices } from './emergencyAnswer';

/**
 * While an emergency waits for a gendarme, small talk ("allo ya quelqu'un ??" → "Bonjour
 * !") is no answer: the citizen hears that the message is passed on, and the numbers of
 * their emergency again (tester13's F6).
 */
export function isSmallTalk(understanding: Understanding): boolean {
  return understanding.topic === 'none' || understanding.topic.startsWith('smalltalk.');
}

/**
 * Keeps the numbers of the conversation's last emergency, most fitting first, to repeat
 * them while it waits for a gendarme (none kept: 17 and 112).
 */
export class EmergencyWait {
  constructor(
    private readonly numbers: StatePropertyAccessor<string[]>,
    private readonly content: Content,
  ) {}

  async remember(context: TurnContext, understanding: Understanding): Promise<void> {
    const services = emergencyServices(understanding.emergency, this.content);
    await this.numbers.set(context, services.map((service) => service.number));
  }

  /** "Votre message est transmis…", with the numbers of this emergency. */
  async reply(context: TurnContext): Promise<void> {
    const numbers = await this.numbers.get(context, []);
    const services = emergencyServices({ detected: true, numbers }, this.content);
    await context.sendActivity(this.content.render('bot/emergencyWaiting', { services }));
  }
}
