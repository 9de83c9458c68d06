import { ActivityHandler, type Activity } from 'botbuilder';
import type { Assistant } from '../../server/assistant';
import type { AssistantFactory } from '../../server/compose';

export interface RecordingAssistant {
  factory: AssistantFactory;
  /** Every activity the bot received, in order. */
  received: Partial<Activity>[];
  /** Makes `ready()` true: the bot finished loading. */
  becomeReady(): void;
  /** Makes `ready()` false for good, with this reason (a recogniser given up). */
  breakDown(reason: string): void;
}

/**
 * A test bot: says "greeting" to each member added (the bot itself excluded) and
 * "reply:<text>" to each message, and records what it receives.
 */
export function recordingAssistant(options: { ready?: boolean } = {}): RecordingAssistant {
  const received: Partial<Activity>[] = [];
  let ready = options.ready ?? true;
  let problem: string | undefined;

  const build = async (): Promise<Assistant> => {
    const bot = new ActivityHandler();
    bot.onTurn(async (context, next) => {
      received.push(context.activity);
      await next();
    });
    bot.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? [])
        .filter((member) => member.id !== context.activity.recipient.id);
      for (let i = 0; i < joined.length; i += 1) {
        await context.sendActivity('greeting');
      }
      await next();
    });
    bot.onMessage(async (context, next) => {
      await context.sendActivity(`reply:${context.activity.text ?? ''}`);
      await next();
    });
    return { bot, middleware: [], ready: () => ready, problem: () => problem };
  };

  return {
    factory: build, received, becomeReady: () => { ready = true; },
    breakDown: (reason) => {
      ready = false;
      problem = reason;
    },
  };
}
