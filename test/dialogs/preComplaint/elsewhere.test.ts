import { expect } from 'chai';
import type { Said } from '../../bots/harness';
import { content } from './harness';
import { assistantAt } from './inAssistant';

const START = 'je veux porter plainte';
const GOODBYE = 'merci, au revoir';
const OTV = 'opération tranquillité vacances svp';
const UNSURE = 'bof';
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: GOODBYE, topic: 'smalltalk.goodbye', score: 0.9 },
  { text: OTV, topic: 'procedure.otv', score: 0.9 },
  { text: UNSURE, topic: 'smalltalk.goodbye', score: 0.3 },
  { text: 'demain', topic: 'smalltalk.goodbye', score: 0.9 },
  { text: 'à demain', normalized: 'a demain', topic: 'smalltalk.goodbye', score: 0.9 },
  { text: "on m'a pris mon sac sur la plage", topic: 'procedure.pre_complaint', score: 0.95 },
  // the recogniser reads these as goodbyes too; some questions wait for them
  { text: "c'est tout", normalized: 'ce est tout', topic: 'smalltalk.goodbye', score: 0.62 },
];

/** The assistant in a pré-plainte, at the question of `field` ("kind": what happened?). */
const atQuestion = (field = 'kind') => assistantAt(field, KNOWN, START);

describe('a procedure question answered with something else than an answer', () => {
  const cases: Array<[string, string, string]> = [
    ['a goodbye', GOODBYE, 'prompts/leaving'],
    ['a request for another procedure', OTV, 'prompts/elsewhere'],
  ];

  for (const [what, said, template] of cases) {
    it(`tells how to stop the procedure after ${what}, then asks the question again`,
      async () => {
        const { bot, question } = await atQuestion();

        expect(await bot.texts(said)).to.deep.equal([content.render(template), question]);
      });
  }

  it('never stores a goodbye as the account at « Racontez… »: says how to stop', async () => {
    const { bot, question } = await atQuestion('account');

    expect(await bot.texts(GOODBYE)).to.deep.equal([content.render('prompts/leaving'), question]);
  });

  it('takes "c\'est tout" as the answer it is where the question waits for it', async () => {
    const { bot } = await atQuestion('itemDone');

    const next = await bot.texts("c'est tout");

    expect(next).to.not.include(content.render('prompts/leaving'));
    expect(next).to.have.length.greaterThan(0);
  });

  it('keeps the usual explanation when the recogniser is not sure', async () => {
    const { bot } = await atQuestion();

    const [explanation] = await bot.texts(UNSURE);

    expect(explanation).to.not.equal(content.render('prompts/leaving'));
    expect(explanation).to.not.equal(content.render('prompts/elsewhere'));
  });

  it('says a date in the future is one, even when the model reads "à demain" in it',
    async () => {
      const { bot, question } = await atQuestion('date');

      const replies = await bot.texts('demain');

      expect(replies).to.deep.equal([content.render('prompts/errors.date_future')]);
      expect(replies).to.not.include(question);
    });

  // a fresh tester: "demain" at the offence-type choice got « Avant de partir : cette
  // démarche n'est pas terminée… »; "à demain" is a goodbye, "demain" alone is not
  const AT_CHOICE: ReadonlyArray<[string, boolean]> = [['demain', false], ['à demain', true],
    [GOODBYE, true]];
  for (const [said, leaving] of AT_CHOICE) {
    it(`at the offence-type choice, "${said}" ${leaving ? 'is' : 'is not'} a goodbye`,
      async () => {
        const { bot, question } = await atQuestion();

        const replies = await bot.texts(said);

        expect(replies.includes(content.render('prompts/leaving'))).to.equal(leaving);
        // asked again: the question itself, or the choices to pick from
        expect(replies[replies.length - 1]).to.equal(leaving ? question
          : content.render('prompts/errors.choice_unknown'));
      });
  }

  it('takes a short account at « Racontez… » even when it reads as a complaint', async () => {
    const { bot, question } = await atQuestion('account');

    const next = await bot.texts("on m'a pris mon sac sur la plage");

    expect(next).to.not.include(content.render('prompts/elsewhere'));
    expect(next).to.not.include(question);
  });
});
