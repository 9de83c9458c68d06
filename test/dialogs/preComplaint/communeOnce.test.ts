import { expect } from 'chai';
import { inPoliceZone } from '../../../geo/policeZone';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { normalize } from '../../../nlu/normalize';
import type { PreComplaintRecord } from '../../../records/types';
import { buttons, type Said } from '../../bots/harness';
import { ask, content, type World } from './harness';
import { assistantAt } from './inAssistant';
import { answers, START, upTo } from './script';

const KNOWN: Said[] = [{ text: START.answer, normalized: normalize(START.answer),
  topic: 'procedure.pre_complaint', score: 0.99 }];

/** As in La Poste's table: Saint-Denis (93) and Saint-Denis (La Réunion) have two postcodes. */
const DIRECTORY = parsePostcodeTable([
  '11339\t11310\tSaint Denis\t43.35\t2.21\t',
  '93066\t93200\tSaint Denis\t48.93\t2.35\t',
  '93066\t93210\tSaint Denis\t48.92\t2.36\t',
  '97411\t97400\tSaint Denis\t-20.88\t55.45\t',
  '97411\t97417\tSaint Denis\t-20.93\t55.47\t',
  '35238\t35000\tRennes\t48.1\t-1.6\t',
].join('\n'));

const after = (field: string): string[] => answers().slice(upTo(field).length + 1);

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

describe('pré-plainte (whole assistant): each commune offered once (F9)', () => {
  it('"Saint Denis" lists three communes, none twice', async () => {
    const { bot } = await assistantAt('commune', KNOWN, START.answer, DIRECTORY);

    const replies = await bot.say('Saint Denis');

    expect(replies.map((reply) => reply.text)).to.deep.equal(
      [content.render('prompts/errors.commune_pick')]);
    // by postcode, as the directory ranks one name's communes
    expect(buttons(replies[0])).to.deep.equal(
      ['Saint Denis (11310)', 'Saint Denis (93200)', 'Saint Denis (97400)']);
  });

  const picks: Array<[string, string, string]> = [
    ['Saint Denis (93200)', '93066', '93200'], ['2', '93066', '93200'],
    ['93210', '93066', '93210'], ['97417', '97411', '97417'], ['11310', '11339', '11310'],
  ];
  picks.forEach(([said, inseeCode, postcode]) => {
    it(`then "${said}" is the commune ${inseeCode}, postcode ${postcode}`, async () => {
      const { world, bot } = await assistantAt('commune', KNOWN, START.answer, DIRECTORY);
      await bot.texts('Saint Denis');

      const replies = await bot.texts(said);
      for (const answer of after('commune')) {
        await bot.texts(answer);
      }

      // Saint-Denis (93) is the police nationale's: the commissariat is said first (t83)
      const notice = inPoliceZone(postcode) ? [content.render('preComplaint/police_zone',
        { commune: `Saint Denis (${postcode})` })] : [];
      expect(replies).to.deep.equal([...notice, ask('place_details')]);
      const commune = stored(world)?.content.facts.commune;
      expect([commune?.inseeCode, commune?.postcode]).to.deep.equal([inseeCode, postcode]);
    });
  });
});
