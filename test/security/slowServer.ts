import { ActivityHandler, ConversationState } from 'botbuilder';
import type { AssistantFactory } from '../../server/compose';
import { main } from '../../server/main';
import { holdLentTurnUntilSigterm } from '../helpers/slowTurn';

/**
 * The real server with a bot whose "lent" turn is still running when SIGTERM arrives: it
 * resumes only once the signal came, then answers and saves its state. Run as a child
 * process by test/security/shutdown.test.ts.
 */
const slowBot: AssistantFactory = async ({ database }) => {
  const state = new ConversationState(database.botStorage);
  const turns = state.createProperty<number>('turns');
  const bot = new ActivityHandler();

  bot.onMessage(async (context, next) => {
    await holdLentTurnUntilSigterm(context);
    const count = (await turns.get(context, 0)) + 1;
    await turns.set(context, count);
    await context.sendActivity(`fin du tour ${count}`);
    await state.saveChanges(context);
    await next();
  });
  return { bot, middleware: [], ready: () => true };
};

main(slowBot).catch(() => process.exit(1));
