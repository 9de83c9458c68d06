import { expect } from 'chai';
import type { Activity, ConversationState, TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { loadContent } from '../../../content/renderer';
import { setTurnServices, setUnderstanding } from '../../../dialogs/common/turnServices';
import type { HandoffGate } from '../../../handoff/types';
import type { Understanding } from '../../../nlu/types';

export const content = loadContent();

export type Turn = string | Partial<Activity>;

/** What the recognizer would have found in a message about `topic`. */
export function understood(text: string, topic: string): Understanding {
  return {
    text, normalized: text, topic, score: 0.9, alternatives: [{ topic, score: 0.9 }],
    ambiguous: false, emergency: { detected: false, numbers: [] },
  };
}

/** A gate that records handoff requests instead of queueing. */
export function recordingGate(): HandoffGate & { requests: string[] } {
  const requests: string[] = [];
  return {
    requests,
    intercept: async () => false,
    request: async (_context, reason) => {
      requests.push(reason);
    },
  };
}

/** Runs a procedure as the bot would: with the turn services the interruptions need. */
export function procedureClient(
  dialog: Dialog,
  options?: unknown,
  gate: HandoffGate = recordingGate(),
  topic?: string,
  conversationState?: ConversationState,
): DialogTestClient {
  const services = {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      setTurnServices(context, { content, gate });
      if (topic !== undefined) {
        setUnderstanding(context, understood(context.activity.text ?? '', topic));
      }
      await next();
    },
  };
  return new DialogTestClient('test', dialog, options, [services], conversationState);
}

/** Every reply text, in order, to the given turns. */
export async function replies(client: DialogTestClient, turns: Turn[]): Promise<string[]> {
  const texts: string[] = [];
  for (const turn of turns) {
    let reply = await client.sendActivity(turn);
    while (reply) {
      texts.push(reply.text ?? '');
      reply = client.getNextReply();
    }
  }
  return texts;
}

/** Each fragment appears in the replies, in this order (several may share one reply). */
export function expectInOrder(texts: string[], fragments: Array<string | RegExp>): void {
  let from = 0;
  for (const fragment of fragments) {
    const at = texts.findIndex((text, index) => index >= from &&
      (typeof fragment === 'string' ? text.includes(fragment) : fragment.test(text)));
    expect(at, `${String(fragment)} in ${JSON.stringify(texts.slice(from), null, 1)}`)
      .to.be.at.least(0);
    from = at;
  }
}
