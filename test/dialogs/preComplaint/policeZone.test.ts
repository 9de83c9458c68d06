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

// facts in Paris went on as if a brigade would call back (t83), then as if a commissariat
// would (t97), though the record only reaches the gendarmes' API: the police is competent
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
    const title = label === undefined ? 'as before'
      : 'the police said competent, the record said not sent to it';
    it(`${said}: ${title}`,
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
        const all = [...answer, ...end].join('\n');
        expect(end.join('\n')).not.to.include('zone de police');
        if (label === undefined) {
          expect(submitted).to.include('Une unité de gendarmerie vous rappellera');
          expect(all).to.include('transmise à la gendarmerie ; une unité vous rappellera');
          expect(all).not.to.match(/pas transmise? à la police/);
          return;
        }
        // t99: nothing sends the record to the police: no commissariat calls back, and the
        // citizen is told so, with the police's way (online or at the commissariat)
        expect(all).not.to.match(/commissariat de police(?:,)? (?:qui )?vous rappellera/);
        expect(all).not.to.match(/policier qui vous rappellera|pour un commissariat/);
        expect(answer[0]).to.match(/pas transmis à la police/)
          .and.to.include('https://www.masecurite.interieur.gouv.fr');
        const consent = end.find((text) => text.startsWith('Avant l\'envoi'));
        expect(consent).to.match(/ne la transmet pas à la police/)
          .and.to.include('masecurite.interieur.gouv.fr');
        expect(submitted).to.match(/pas transmise à la police/)
          .and.to.include('Un gendarme vous rappellera')
          .and.to.include('signée au commissariat');
        expect(submitted).not.to.include('ce numéro de référence');
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
