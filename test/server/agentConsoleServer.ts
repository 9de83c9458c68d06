import { ActivityHandler } from 'botbuilder';
import { createHandoff } from '../../handoff';
import type { AssistantFactory } from '../../server/compose';
import { main } from '../../server/main';
import { holdLentTurnUntilSigterm } from '../helpers/slowTurn';

/**
 * The real server with the handoff part wired as the full assistant wires it (agent API,
 * console socket) and an agent account "g.martin" made at start. A "lent" turn is still
 * running when SIGTERM arrives: it answers once the signal came. Run as a child process by
 * test/server/shutdown.test.ts.
 */
export const AGENT_LOGIN = 'g.martin';
export const AGENT_PASSWORD = 'correct horse battery staple';

const withHandoff: AssistantFactory = async ({ database, proactive, content }) => {
  const handoff = createHandoff({ database, sender: proactive, content });
  await handoff.accounts.create(AGENT_LOGIN, 'agent', AGENT_PASSWORD);
  const bot = new ActivityHandler();

  bot.onMessage(async (context, next) => {
    await holdLentTurnUntilSigterm(context);
    await context.sendActivity('fin du tour');
    await next();
  });
  return { bot, middleware: [handoff.middleware], ready: () => true,
    mounts: [(server) => handoff.registerRoutes(server)],
    upgrades: [(req, socket, head) => handoff.socket.handleUpgrade(req, socket, head)],
    close: () => handoff.close() };
};

if (require.main === module) {
  main(withHandoff).catch(() => process.exit(1));
}
