import { expect } from 'chai';
import { assistantAt } from '../dialogs/preComplaint/inAssistant';
import { ask } from '../dialogs/preComplaint/harness';
import { content, type Said } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const KNOWN: Said[] = [
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: "on m'a piqué ma trotinette", topic: 'faq.vehicle_theft', score: 0.95 },
  { text: 'on m a volé mon vélo', topic: 'faq.vehicle_theft', score: 0.93 },
  { text: 'on a pris mes papiers', topic: 'faq.stolen_documents', score: 0.9 },
  { text: 'ma voiture a été volée', topic: 'faq.vehicle_theft', score: 0.95 },
  { text: 'patate', topic: 'none', score: 0.1 },
];
const THEFT = content.render('preComplaint/kind_noted', { kind: 'Un vol' });
const VEHICLE = content.render('preComplaint/kind_noted', { kind: 'Un vol de véhicule' });

// t97: "on m'a piqué ma trotinette" at « Que s'est-il passé ? » gave "choix non reconnu"
describe('pré-plainte: a free account of a theft at the kind of facts (t97)', () => {
  const table: Array<[string, string | undefined, string]> = [
    ["on m'a piqué ma trotinette", THEFT, 'theft'],
    ['on a pris mes papiers', THEFT, 'theft'],
    // the options' own words still choose: "volé" is a theft, a car a vehicle
    ['on m a volé mon vélo', undefined, 'theft'],
    ['ma voiture a été volée', undefined, 'vehicle_theft'],
  ];
  for (const [said, noted, kind] of table) {
    it(`"${said}" is ${kind}`, async () => {
      const { bot } = await assistantAt('kind', KNOWN, PP_START);

      const replies = await bot.texts(said);

      expect(replies).not.to.include(content.render('prompts/errors.choice_unknown'));
      if (noted !== undefined) {
        expect(replies[0]).to.equal(noted);
      } else {
        expect(replies).not.to.include(VEHICLE);
      }
      expect(replies[replies.length - 1]).to.equal(ask('author_known'));
    });
  }

  it('an answer of no theft topic is still refused', async () => {
    const { bot } = await assistantAt('kind', KNOWN, PP_START);

    const replies = await bot.texts('patate');

    expect(replies.join('\n')).not.to.include(THEFT);
    expect(replies[replies.length - 1]).not.to.equal(ask('author_known'));
  });
});
