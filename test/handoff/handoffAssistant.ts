import { ActivityHandler } from 'botbuilder';
import { createHandoff, type Handoff } from '../../handoff';
import type { AssistantFactory } from '../../server/compose';
import { fakeBot } from './harness';

export interface HandoffAssistantOptions {
  /** As the composition root wires it: the transcript reads Direct Line messages from the log. */
  readsLog?: boolean;
}

/**
 * The real server (Direct Line, proactive sender, storage) with the handoff part wired in
 * the way the composition root does, and the fake bot's turn logic; `holder` gets the handoff.
 */
export function handoffAssistant(holder: { handoff?: Handoff },
  options: HandoffAssistantOptions = {}): AssistantFactory {
  return async ({ database, proactive, messages }) => {
    const handoff = createHandoff({ database, sender: proactive,
      messages: options.readsLog === true ? messages : undefined });
    holder.handoff = handoff;
    const bot = new ActivityHandler();
    const logic = fakeBot(handoff);
    bot.onMessage(async (context, next) => {
      await logic(context);
      await next();
    });
    return { bot, middleware: [handoff.middleware], ready: () => true,
      mounts: [(server) => handoff.registerRoutes(server)],
      upgrades: [handoff.socket.handleUpgrade], close: () => handoff.close() };
  };
}
