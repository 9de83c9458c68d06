import { expect } from 'chai';
import { commune, directoryOf } from '../prompts/fakeDirectory';
import { ask, content, newClient, newWorld, texts } from './harness';
import { fullScript, upTo } from './script';

const COMMUNES = [
  commune('35238', 'Rennes', '35000'),
  commune('75111', 'Paris 11', '75011'),
  commune('75112', 'Paris 12', '75012'),
  commune('92012', 'Boulogne Billancourt', '92100'),
  commune('93066', 'Saint Denis', '93200'),
  commune('94028', 'Creteil', '94000'),
  commune('77186', 'Fontainebleau', '77300'),
];

const directory = directoryOf(COMMUNES);

const notice = (label: string): string =>
  content.render('preComplaint/police_zone', { commune: label });

/** The answers after the commune, to the submission. */
function afterCommune(): string[] {
  const script = fullScript();
  return script.slice(script.findIndex((step) => step.field === 'commune') + 1)
    .map((step) => step.answer);
}

// facts in Paris went on as if a brigade would call back (t83): the pré-plainte en ligne is
// the police's too, but the signing is at a commissariat
describe('pré-plainte: facts where the police nationale has the commissariat', () => {
  const table: Array<[string, string | undefined]> = [
    ['75011', 'Paris 11 (75011)'],
    ['92100', 'Boulogne Billancourt (92100)'],
    ['93200', 'Saint Denis (93200)'],
    ['94000', 'Creteil (94000)'],
    ['35000', undefined],
    ['77300', undefined],
  ];
  for (const [said, label] of table) {
    it(`${said}: ${label === undefined ? 'as before' : 'the commissariat said, the form goes on'}`,
      async () => {
        const world = newWorld();
        const client = newClient(world, 'test', directory);
        await texts(client, upTo('commune'));

        const answer = await texts(client, [said]);
        const end = await texts(client, afterCommune());

        const next = ask('place_details');
        expect(answer).to.deep.equal(label === undefined ? [next] : [notice(label), next]);
        expect(world.collection.docs.size).to.equal(1);
        const submitted = end[end.length - 1];
        expect(submitted).to.include(label === undefined
          ? 'Une unité de gendarmerie vous rappellera'
          : 'Un commissariat de police vous rappellera');
        expect(end.join('\n')).not.to.include('zone de police');
        // t97: the consent promised a brigade's call back where a commissariat calls
        const brigade = 'transmise à la gendarmerie ; une unité vous rappellera';
        const commissariat = 'pour un commissariat de police, qui vous rappellera';
        expect(end.join('\n')).to.include(label === undefined ? brigade : commissariat);
        expect(end.join('\n')).not.to.include(label === undefined ? commissariat : brigade);
        expect(submitted).to.include(label === undefined ? 'au gendarme qui vous rappellera'
          : 'au policier qui vous rappellera');
      });
  }

  it('says it once: not again when the commune is given again after "retour"', async () => {
    const client = newClient(newWorld(), 'test', directory);
    await texts(client, upTo('commune'));

    const replies = await texts(client, ['75011', 'retour', '75012']);

    expect(replies.filter((reply) => reply.includes('zone de police'))).to.deep.equal(
      [notice('Paris 11 (75011)')]);
  });
});
