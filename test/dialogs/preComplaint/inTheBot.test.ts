import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import { harness } from '../../bots/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';
import { ask, content, newWorld } from './harness';
import { answers, upTo } from './script';

const START = 'je veux porter plainte';
const DANGER = 'il revient, il est en train de casser la porte';
const QUESTION = "est-ce que je peux porter plainte sans connaître l'auteur ?";
const STATEMENT = "on m'a volé ma carte bleue";

async function assistantWithPreComplaint() {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({
    known: [
      { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
      { text: DANGER, emergency: { detected: true, numbers: ['17', '112'] } },
      { text: QUESTION, normalized: 'est ce que je peux porter plainte sans connaitre l auteur',
        topic: 'faq.complaint_info', score: 0.95 },
      { text: STATEMENT, topic: 'faq.bank_fraud', score: 0.95 },
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

  it('answers a question asked at a closed question, then asks that question again',
    async () => {
      const { bot } = await assistantWithPreComplaint();
      await bot.texts(START);
      await bot.texts('non');

      const aside = await bot.texts(QUESTION);
      const resumed = await bot.texts('Un vol');

      expect(aside).to.deep.equal([
        content.render('faq/faq.complaint_info'),
        content.render('prompts/resume'),
        ask('kind'),
      ]);
      expect(resumed).to.deep.equal([ask('author_known')]);
    });

  it('takes a statement that does not fit the closed question as a wrong answer, not a topic',
    async () => {
      const { bot } = await assistantWithPreComplaint();
      await bot.texts(START);
      await bot.texts('non');

      const replies = await bot.texts(STATEMENT);

      expect(replies.join('\n')).not.to.include(content.render('faq/faq.bank_fraud'));
      expect(replies).not.to.include(content.render('prompts/resume'));
    });
});
