import type { Activity, TurnContext } from 'botbuilder';
import { ConversationState, MemoryStorage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { loadContent } from '../../../content/renderer';
import { setTurnServices } from '../../../dialogs/common/turnServices';
import { parisInstant } from '../../../dialogs/prompts/parisTime';
import { PreComplaintDialog } from '../../../dialogs/preComplaint';
import type { PostcodeDirectory } from '../../../geo/types';
import type { HandoffGate } from '../../../handoff/types';
import { PreComplaintStore } from '../../../records/store';
import type { PreComplaintRecord } from '../../../records/types';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { fakeDirectory } from '../prompts/fakeDirectory';

export const content = loadContent();

/** Wednesday 11 March 2026, 15:00 in Paris. */
export const NOW = parisInstant(2026, 3, 11, 15);

export type Turn = string | Partial<Activity>;

export interface World {
  clock: { now: Date };
  collection: MemoryCollection<PreComplaintRecord>;
  store: PreComplaintStore;
  state: ConversationState;
  handoffs: string[];
  gate: HandoffGate;
}

export function newWorld(): World {
  const clock = { now: NOW };
  const collection = new MemoryCollection<PreComplaintRecord>();
  const handoffs: string[] = [];
  return {
    clock,
    collection,
    store: new PreComplaintStore(collection, { clock: () => clock.now }),
    state: new ConversationState(new MemoryStorage()),
    handoffs,
    gate: {
      intercept: async () => false,
      request: async (_context, reason) => {
        handoffs.push(reason);
      },
    },
  };
}

/** A fresh dialog instance over the world's storage, as after a server restart. */
export function newClient(world: World, channel = 'test',
  directory: PostcodeDirectory = fakeDirectory): DialogTestClient {
  const dialog = new PreComplaintDialog({
    content, directory, store: world.store, clock: () => world.clock.now,
  });
  const services = {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      setTurnServices(context, { content, gate: world.gate });
      await next();
    },
  };
  return new DialogTestClient(channel, dialog, undefined, [services], world.state);
}

/** Every reply to the given turns, in order. */
export async function say(client: DialogTestClient, turns: Turn[]): Promise<Partial<Activity>[]> {
  const out: Partial<Activity>[] = [];
  for (const turn of turns) {
    let reply: Partial<Activity> | undefined = await client.sendActivity(turn);
    while (reply) {
      out.push(reply);
      reply = client.getNextReply();
    }
  }
  return out;
}

export async function texts(client: DialogTestClient, turns: Turn[]): Promise<string[]> {
  return (await say(client, turns)).map((reply) => reply.text ?? '');
}

export const ask = (name: string, data = {}): string =>
  content.render(`preComplaint/ask/${name}`, data);
export const error = (key: string): string => content.render(key);
