import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import type { Recognizer, Understanding } from '../../nlu/types';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { newWorld } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { content, harness, type Harness } from './harness';

/** The bot tests' ways into a form, with the real recogniser for everything typed in it. */
export const PP_START = 'je veux faire une pré-plainte';
export const OTV_START = 'je pars en vacances';

/** The real triage, with the opening sentences routed as the model would. */
export function routed(real: Recognizer): Recognizer {
  const topics = new Map([[PP_START, 'procedure.pre_complaint'], [OTV_START, 'procedure.otv']]);
  return {
    understand: async (text: string): Promise<Understanding> => {
      const understanding = await real.understand(text);
      const topic = topics.get(text);
      return topic === undefined ? understanding : { ...understanding, topic, score: 0.95 };
    },
  };
}

export async function preComplaintAt(field: string, recognizer: Recognizer): Promise<Harness> {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({ realRecognizer: routed(recognizer), procedures: [procedure],
    clock: () => world.clock.now });
  for (const answer of [PP_START, ...upTo(field).slice(1)]) {
    await bot.texts(answer);
  }
  return bot;
}
