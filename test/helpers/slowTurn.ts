import type { TurnContext } from 'botbuilder';
import { componentLogger } from '../../core/logger';

const log = componentLogger('test.slow-turn');

/**
 * For the shutdown specs: a "lent" message keeps its turn running until SIGTERM arrives,
 * so that the spec can check the server finishes turns in flight before it stops.
 */
export async function holdLentTurnUntilSigterm(context: TurnContext): Promise<void> {
  if (context.activity.text !== 'lent') {
    return;
  }
  const signalled = new Promise<void>((resolve) => {
    process.once('SIGTERM', () => setImmediate(resolve));
  });
  log.warn('turn started', { conversationId: context.activity.conversation.id });
  await signalled;
}
