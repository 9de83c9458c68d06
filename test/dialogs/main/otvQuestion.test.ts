import { expect } from 'chai';
import { asksAboutOtv } from '../../../dialogs/main/otvQuestion';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { normalize } from '../../../nlu/normalize';
import type { Understanding } from '../../../nlu/types';
import { buttons, content, harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';

/** What the recogniser says of each: the OTV, as the tester met it (tester14 F7). */
const heard = (text: string): Said =>
  ({ text, normalized: normalize(text), topic: 'procedure.otv', score: 0.9 });

const QUESTIONS = ["c'est quoi l'OTV", "l'opération tranquillité vacances ça marche comment ?",
  "l'OTV c'est pour qui ?", 'otv ça sert à quoi'].map(heard);
const WISHES = ["je voudrais m'inscrire à l'OTV", "comment s'inscrire à l'OTV ?",
  "je pars en vacances, l'OTV c'est quoi ?", 'inscription OTV'].map(heard);

const NOW = new Date(2026, 11, 4, 10, 0);
const explanation = `${content.render('faq/procedure.otv')}\n\n${content.render('bot/otvOffer')}`;
const START_LABEL = content.render('bot/labels.otv');
const FIRST_WORDS = content.render('procedures/otv/intro').slice(0, 40);

async function assistant() {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-T-1' });
  const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
  return harness({ known: [...QUESTIONS, ...WISHES],
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
}

function understanding(text: string): Understanding {
  return { text, normalized: normalize(text), topic: 'procedure.otv', score: 0.9,
    alternatives: [], ambiguous: false, emergency: { detected: false, numbers: [] } };
}

describe('a question about the OTV, asked to the whole assistant (tester14 F7)', () => {
  for (const { text } of QUESTIONS) {
    it(`"${text}" gets the explanation and a button to register, not the first question`,
      async () => {
        const bot = await assistant();

        const replies = await bot.say(text);

        expect(replies.map((reply) => reply.text)).to.deep.equal([explanation]);
        expect(buttons(replies[0])).to.include(START_LABEL);
      });
  }

  it('starts the registration when its button is clicked after the explanation', async () => {
    const bot = await assistant();
    await bot.texts(QUESTIONS[0].text);

    const [intro] = await bot.texts(START_LABEL);

    expect(intro.slice(0, 40)).to.equal(FIRST_WORDS);
  });

  for (const { text } of WISHES) {
    it(`"${text}" starts the registration at once`, async () => {
      const bot = await assistant();

      const [intro] = await bot.texts(text);

      expect(intro.slice(0, 40)).to.equal(FIRST_WORDS);
    });
  }

  it('leaves messages that do not name the OTV to their own topics', () => {
    const others = ["c'est quoi une main courante", 'comment ça marche la procuration ?',
      "c'est gratuit ?"];

    expect(others.map(understanding).filter(asksAboutOtv)).to.deep.equal([]);
  });
});
