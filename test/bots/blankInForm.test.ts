import { expect } from 'chai';
import { assistantAt } from '../dialogs/preComplaint/inAssistant';
import { content, type Said } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const KNOWN: Said[] = [{ text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 }];
const BLANK = content.render('prompts/blankAnswer');

/** t65 item 5: nothing to read, typed at a form's question, brings that question back. */
describe('an empty message inside a form (t65)', () => {
  const fields = ['kind', 'account', 'lastName', 'date'];
  const typed = ['', '   ', '😀🎉', '😀😀', '🙏 ', '\u200b'];
  for (const field of fields) {
    for (const text of typed) {
      it(`at ${field}, ${JSON.stringify(text)}: the question again, nothing stored`,
        async () => {
          const { bot, question, world } = await assistantAt(field, KNOWN, PP_START);

          const replies = await bot.texts({ type: 'message', text });

          expect(replies).to.deep.equal([BLANK, question]);
          expect(world.collection.docs.size).to.equal(0);
        });
    }
  }

  it('"👍" at a yes / no question is still the answer "oui"', async () => {
    const { bot, question } = await assistantAt('authorKnown', KNOWN, PP_START);

    const replies = await bot.texts('👍');

    expect(replies).not.to.include(BLANK);
    expect(replies[replies.length - 1]).not.to.equal(question);
  });

  it('outside a form an empty message is still asked to write a question', async () => {
    const { bot } = await assistantAt('kind', KNOWN, PP_START);
    await bot.texts('annuler');

    expect(await bot.texts({ type: 'message', text: ' ' }))
      .to.deep.equal([content.render('bot/emptyMessage')]);
  });
});
