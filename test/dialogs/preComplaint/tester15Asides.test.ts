import { expect } from 'chai';
import type { Said } from '../../bots/harness';
import { ask, content } from './harness';
import { assistantAt } from './inAssistant';

const START = 'je veux porter plainte';
const CARD = 'c quoi le numero pour faire opposition carte bancaire';
const NO_MORE = 'aucun autre';

/** What the real recogniser reads in them (topic and score as measured). */
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: CARD, normalized: 'ce quoi le numero pour faire opposition carte bancaire',
    topic: 'faq.bank_fraud', score: 0.75 },
  { text: NO_MORE, normalized: 'aucun autre', topic: 'smalltalk.goodbye', score: 0.8 },
  { text: "c'est tout", normalized: 'ce est tout', topic: 'smalltalk.goodbye', score: 0.62 },
];

describe('pré-plainte: tester15 F3, a question or an answer typed at a prompt', () => {
  it(`"${CARD}" at « Dans quelle commune ? »: answered, then the question again`,
    async () => {
      const { bot, question } = await assistantAt('commune', KNOWN, START);

      const said = await bot.texts(CARD);

      expect(said).to.deep.equal([content.render('faq/faq.bank_fraud'),
        content.render('prompts/resume'), question]);
    });

  it(`"${NO_MORE}" at « Un autre objet ? » ends the list, as "c'est tout" does`, async () => {
    const expected = await (await assistantAt('itemDone', KNOWN, START)).bot.texts("c'est tout");
    const { bot } = await assistantAt('itemDone', KNOWN, START);

    const said = await bot.texts(NO_MORE);

    expect(said).to.deep.equal(expected);
    expect(said).not.to.include(content.render('prompts/leaving'));
    expect(said).not.to.include(ask('item_value'));
  });
});
