import { ActivityHandler, MessageFactory } from 'botbuilder';
import type { Assistant } from '../server/assistant';

/**
 * The smallest bot the server can run: it answers each message with the message's own
 * text. It stands in for the real assistant in server tests and is the baseline of the
 * benchmark (what the server costs with no understanding at all), so it stays this small.
 */
export function createEchoAssistant(): Assistant {
  const bot = new ActivityHandler();

  bot.onMessage(async (context, next) => {
    const text = context.activity.text;
    if (text) {
      await context.sendActivity({ ...MessageFactory.text(text), textFormat: 'plain' });
    }
    await next();
  });

  return { bot, middleware: [], ready: () => true };
}

if (require.main === module) {
  // `node dist/scripts/echo-bot.js`: the whole server, with this bot instead of the assistant
  void import('../server/main').then(({ main }) => main(async () => createEchoAssistant()));
}
