import { expect } from 'chai';
import { harness } from '../../bots/harness';

/** Whole messages of thanks, as visitors write them, with typos and no accents. */
const THANKS: Array<[string, string[]]> = [
  ['Portuguese', ['obrigado pela ajuda', 'Muito obrigada pela sua ajuda !', 'obrigadao',
    'brigado pela ajuda senhor', 'muito obrigado']],
  ['Arabic, transliterated', ['choukran', 'shukran', 'chokran bezef', 'choukrane khouya',
    'Shukran habibi']],
  ['Dutch', ['dank je', 'Dank je wel!', 'dank u wel voor de hulp', 'hartelijk bedankt']],
  ['Polish', ['dziękuję', 'dziekuje bardzo', 'Dziękuję za pomoc', 'dzieki']],
  ['Romanian', ['mulțumesc', 'multumesc frumos', 'Mulțumesc pentru ajutor', 'mersi mult']],
  ['German, Italian, Spanish, English', ['danke für die Hilfe', "grazie per l'aiuto",
    'muchas gracias por su ayuda señor', 'thank you so much for your help']],
];

/** Thanks with a case told after them, in a language the service does not read. */
const NOT_ONLY_THANKS = [
  'obrigado, roubaram o meu carro ontem',
  'olá, roubaram meu carro ontem',
  'bom dia, perdi meus documentos',
];

// t98: "obrigado pela ajuda" got « Ce service répond en français uniquement »
describe('thanks in another language get the thanks answer (t98)', () => {
  for (const [language, said] of THANKS) {
    for (const text of said) {
      it(`${language}: "${text}"`, async () => {
        const bot = await harness();
        const [merci] = await bot.texts('merci');

        const replies = await bot.texts(text);

        expect(replies).to.deep.equal([merci]);
      });
    }
  }

  for (const text of NOT_ONLY_THANKS) {
    it(`"${text}" is told, not thanked for`, async () => {
      const bot = await harness();
      const [merci] = await bot.texts('merci');

      const replies = await bot.texts(text);

      expect(replies).not.to.include(merci);
    });
  }
});
