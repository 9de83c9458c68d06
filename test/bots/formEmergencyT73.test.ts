import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer, Understanding } from '../../nlu/types';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { newWorld } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { content, harness, type Harness } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const POLICE_FIRST = /\*\*17\*\*/;

/** The real triage, with the opening sentence routed as the model would. */
function routed(real: Recognizer): Recognizer {
  return {
    understand: async (text: string): Promise<Understanding> => {
      const understanding = await real.understand(text);
      return text === PP_START
        ? { ...understanding, topic: 'procedure.pre_complaint', score: 0.95 } : understanding;
    },
  };
}

async function preComplaintAt(field: string, recognizer: Recognizer): Promise<Harness> {
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

/**
 * Round t73: inside a pré-plainte, the account of yesterday's theft may end on the thief
 * coming at the citizen now, and a partner's blows may be told bare: the form's past date
 * must not calm either.
 */
describe('a danger told now at the pré-plainte\'s account (round t73)', function t73() {
  this.timeout(120_000);
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  const dangers = [
    'hier on m\'a volé mon sac et là je vois le voleur il est dans ma rue il me fonce dessus',
    'mon mari me frappe',
  ];
  for (const field of ['kind', 'account']) {
    for (const said of dangers) {
      it(`at ${field}, "${said}": the 17 and a gendarme`, async () => {
        const bot = await preComplaintAt(field, recognizer);

        const replies = await bot.texts(said);

        expect(replies.join('\n')).to.match(POLICE_FIRST);
        expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency',
          priority: 'emergency' }]);
      });
    }
  }
});
