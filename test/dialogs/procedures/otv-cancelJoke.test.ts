import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { interruptionFor } from '../../../dialogs/common/commands';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, harness } from '../../bots/harness';

const NOW = new Date(2026, 11, 4, 10, 0);
const START = 'je pars en vacances';
const CONFIRM = content.render('procedures/common/cancel_confirm');

async function otvAtAccess() {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-TEST-0001' });
  const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
  const bot = await harness({ clock: () => NOW,
    known: [{ text: START, topic: 'procedure.otv', score: 0.95 }],
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of [START, '12/12/2026', '20/12/2026', '42000', '3 rue de la Paix',
    'Une maison']) {
    await bot.texts(answer);
  }
  return bot;
}

// t63 item 4: "laissez tomber c'était pour rire" was stored as the access instructions
describe('OTV: a cancel word with "it was a joke" cancels like the others (t63)', () => {
  for (const said of ["laissez tomber c'était pour rire", 'laisse tomber', 'oubliez',
    'oubliez, je plaisantais', "laisse tomber c'est une blague", 'annuler']) {
    it(`"${said}" at the access question asks to confirm the cancel`, async () => {
      const bot = await otvAtAccess();

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal([CONFIRM]);
      expect(replies.join('\n')).not.to.include(content.render('procedures/otv/ask_alarm'));
    });
  }

  for (const said of ['laisse tomber le courrier chez la voisine', 'clé chez la voisine']) {
    it(`"${said}" stays an answer, not a cancel`, () => {
      expect(interruptionFor(said)).to.equal(undefined);
    });
  }
});
