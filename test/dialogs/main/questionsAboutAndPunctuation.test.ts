import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import { normalize } from '../../../nlu/normalize';
import { buttons, content, harness, type Said } from '../../bots/harness';
import { newWorld } from '../preComplaint/harness';
import { fakeDirectory } from '../prompts/fakeDirectory';

/** What the recogniser said of each sentence when the testers typed it (topic, score). */
const heard = (text: string, topic: string, score: number): Said =>
  ({ text, normalized: normalize(text), topic, score });

const QUESTIONS: Said[] = [
  heard("c'est quoi une pré-plainte ?", 'faq.complaint_info', 0.97),
  heard('comment marche la pré-plainte', 'procedure.pre_complaint', 0.56),
  heard("la pré plainte c'est valable ?", 'procedure.pre_complaint', 0.79),
  heard('preplainte ça sert a quoi', 'procedure.pre_complaint', 0.8),
];
const WISHES: Said[] = [
  heard('je veux faire une pré-plainte', 'procedure.pre_complaint', 0.99),
  heard("je voudrais faire une pré-plainte, c'est valable ?", 'procedure.pre_complaint', 0.9),
];
const LOST_FOR_WORDS = ['?', '??', '...', '…', ' ? '].map((text) =>
  heard(text, 'none', 0.73));

async function assistant() {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  });
  return harness({ known: [...QUESTIONS, ...WISHES, ...LOST_FOR_WORDS],
    procedures: [procedure] });
}

const explanation = `${content.render('faq/procedure.pre_complaint')}\n\n`
  + content.render('bot/preComplaintOffer');
const START_LABEL = content.render('bot/labels.preComplaint');
const FIRST_WORDS = content.render('preComplaint/intro').slice(0, 40);

describe('a question about the pré-plainte, asked to the whole assistant', () => {
  for (const { text } of QUESTIONS) {
    it(`"${text}" gets the explanation and a button to start, not the first question`,
      async () => {
        const bot = await assistant();

        const replies = await bot.say(text);

        expect(replies.map((reply) => reply.text)).to.deep.equal([explanation]);
        expect(buttons(replies[0])).to.include(START_LABEL);
      });
  }

  it('starts the procedure when its button is clicked after the explanation', async () => {
    const bot = await assistant();
    await bot.texts(QUESTIONS[0].text);

    const [intro] = await bot.texts(START_LABEL);

    expect(intro.slice(0, 40)).to.equal(FIRST_WORDS);
  });

  for (const { text } of WISHES) {
    it(`"${text}" starts the procedure at once`, async () => {
      const bot = await assistant();

      const [intro] = await bot.texts(text);

      expect(intro.slice(0, 40)).to.equal(FIRST_WORDS);
    });
  }
});

describe('a message made only of punctuation', () => {
  for (const { text } of LOST_FOR_WORDS) {
    it(`"${text}" gets the short help with the three choices, not "je n'ai pas compris"`,
      async () => {
        const bot = await assistant();

        const replies = await bot.say(text);

        expect(replies.map((reply) => reply.text)).to.deep.equal([content.render('bot/help')]);
        expect(buttons(replies[0])).to.deep.equal(['askQuestion', 'preComplaint',
          'talkToGendarme'].map((name) => content.render(`bot/labels.${name}`)));
      });
  }
});
