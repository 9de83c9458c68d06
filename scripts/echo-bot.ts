import { ActivityHandler, MessageFactory } from 'botbuilder';
import type { Assistant } from '../server/assistant';

/** The greeting of botbuilder's echo sample (02.echo-bot); not a text citizens see. */
export const ECHO_WELCOME = 'Hello and welcome!';

/**
 * The smallest bot the server can run, as botbuilder's echo sample: it welcomes whoever
 * joins, then answers each message with the message's own text. It stands in for the real
 * assistant in server tests and is the baseline of the benchmark (what the server costs
 * with no understanding at all), so it stays this small. It greets like the assistant, so
 * that both bots of the benchmark play the same script.
 */
export function createEchoAssistant(): Assistant {
  const bot = new ActivityHandler();

  bot.onMembersAdded(async (context, next) => {
    const botId = context.activity.recipient?.id;
    for (const member of context.activity.membersAdded ?? []) {
      if (member.id !== botId) {
        const welcome = MessageFactory.text(ECHO_WELCOME);
        await context.sendActivity({ ...welcome, textFormat: 'plain' });
      }
    }
    await next();
  });

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
