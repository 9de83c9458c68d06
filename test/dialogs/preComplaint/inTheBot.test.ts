import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import { harness } from '../../bots/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';
import { ask, content, newWorld } from './harness';
import { answers, upTo } from './script';

const START = 'je veux porter plainte';
const DANGER = 'il revient, il est en train de casser la porte';

async function assistantWithPreComplaint() {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({
    known: [
      { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
      { text: DANGER, emergency: { detected: true, numbers: ['17', '112'] } },
    ],
    procedures: [procedure],
  });
  return { world, bot };
}

describe('pré-plainte inside the assistant', () => {
  it('is started by its topic and ends with a stored record', async () => {
    const { world, bot } = await assistantWithPreComplaint();

    let last: string[] = [];
    for (const answer of [START, ...answers().slice(1)]) {
      last = await bot.texts(answer);
    }

    const [record] = [...world.collection.docs.values()];
    expect(last.join('\n')).to.include(record.id);
  });

  it('lets the bot answer an emergency typed mid-form, then resumes the same question',
    async () => {
      const { bot } = await assistantWithPreComplaint();
      for (const answer of [START, ...upTo('date').slice(1)]) {
        await bot.texts(answer);
      }

      const emergency = await bot.texts(DANGER);
      const resumed = await bot.texts('hier soir vers 22h');

      expect(emergency.join('\n')).to.include('17');
      expect(emergency).not.to.include(ask('commune'));
      expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency', priority: 'emergency' }]);
      expect(resumed).to.deep.equal([ask('commune')]);
    });
});
