import { expect } from 'chai';
import { contactUnitProcedure } from '../../../dialogs/procedures/contact-unit';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { harness } from '../../bots/harness';
import { content } from './harness';

const postcodes = parsePostcodeTable([
  '22278\t22000\tSaint Brieuc\t48.51\t-2.76\t',
  '42218\t42000\tSaint Etienne\t45.43\t4.38\t',
  '22093\t22400\tLamballe Armor\t48.47\t-2.52\t',
  '38442\t38760\tSainte Marie du Mont\t45.1\t5.7\t',
].join('\n'));

const ASK_PLACE = /code postal/;

/** A first message naming the commune with "st" / "ste", as people write it (F5). */
const cases: Array<[string, RegExp]> = [
  ['cest quoi le numero de la brigade de st brieuc', /\*\*Saint Brieuc\*\* \(22000\)/],
  ['la gendarmerie de st-etienne svp', /\*\*Saint Etienne\*\* \(42000\)/],
  ['horaires de la gendarmerie de saint brieuc', /\*\*Saint Brieuc\*\* \(22000\)/],
  ['une brigade près de ste marie du mont', /\*\*Sainte Marie du Mont\*\* \(38760\)/],
];

describe('nearest unit (whole assistant): "st" in the first message is "saint" (F5)', () => {
  cases.forEach(([said, commune]) => {
    it(`"${said}" names the commune, and is not asked where`, async () => {
      const bot = await harness({ known: [{ text: said, topic: 'faq.contact_unit', score: 0.9 }],
        procedures: [contactUnitProcedure({ content, postcodes })] });

      const replies = (await bot.texts(said)).join('\n');

      expect(replies).to.match(commune);
      expect(replies).not.to.match(ASK_PLACE);
    });
  });
});
