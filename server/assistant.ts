import type { ActivityHandler, Middleware, TurnContext } from 'botbuilder';

/**
 * What the composition root needs from a bot: the handler, the middleware that runs
 * before it on both adapters, and whether it is ready (model loaded) for /healthz.
 * Same shape as bots/index.ts `Assistant`, so the echo bot and the real one swap freely.
 */
export interface Assistant {
  bot: ActivityHandler;
  middleware: Middleware[];
  ready(): boolean;
  /**
   * Why the bot cannot serve for good, not merely not yet (the recogniser's thread given
   * up): /healthz then says "degraded" with it instead of "starting". No text, no path.
   */
  problem?(): string | undefined;
  /**
   * Hands the conversation to a gendarme, with a note saying a message of the citizen could
   * not be run after a restart (server/recovery.ts); on a proactive turn. Optional: a bot
   * without gendarmes only logs it.
   */
  handOverUnread?(context: TurnContext): Promise<void>;
}
