import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, procedureClient, replies } from './harness';

const postcodes = parsePostcodeTable([
  '42218\t42000\tSaint Etienne\t45.43\t4.38\t',
  '75111\t75011\tParis 11\t48.85942\t2.37874\tParis',
  '92012\t92100\tBoulogne Billancourt\t48.83658\t2.23914\t',
  '93066\t93200\tSaint Denis\t48.92957\t2.35924\t',
  '94028\t94000\tCreteil\t48.78374\t2.45464\t',
  '77186\t77300\tFontainebleau\t48.40\t2.70\t',
].join('\n'));

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

/** The commune is the first question (t99): a Paris resident learns it before the dates. */
const UP_TO_COMMUNE = ['je pars en vacances'];
const AFTER_COMMUNE = ['12 rue des Lilas', '20/12', '3 janvier', 'maison', 'portail vert', 'non',
  'Camille Martin', '06 12 34 56 78', 'personne', 'non', 'non', 'oui'];

function run(): { client: ReturnType<typeof procedureClient>; saved: () => number } {
  const collection = new MemoryCollection<OtvRequest>();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T83' });
  const { dialog } = otvProcedure({ content, postcodes, store, clock: () => NOW });
  return { client: procedureClient(dialog), saved: () => collection.docs.size };
}

// a home in Paris or its inner suburbs was registered for gendarmes who do not patrol there
describe('OTV: a home policed by the police nationale', () => {
  const police: Array<[string, string]> = [
    ['75011', 'Paris 11 (75011)'],
    ['92100', 'Boulogne Billancourt (92100)'],
    ['93200', 'Saint Denis (93200)'],
    ['94000', 'Creteil (94000)'],
  ];
  for (const [said, label] of police) {
    it(`${said}: the commissariat's, said once, and the form ends with nothing kept`,
      async () => {
        const { client, saved } = run();
        const opening = await replies(client, UP_TO_COMMUNE);

        const answer = await replies(client, [said]);

        // tester26: the dates came first, and the police zone was said at the third question
        expect(opening.at(-1)).to.equal(content.render('procedures/otv/ask_commune'));
        expect(opening).not.to.include(content.render('procedures/otv/ask_from'));
        expect(answer).to.deep.equal([content.render('procedures/otv/police_zone',
          { commune: label })]);
        expect(answer[0]).to.match(/commissariat de police[\s\S]*service-public\.fr/);
        expect(client.dialogContext.activeDialog, 'the form has ended').to.equal(undefined);
        expect(saved()).to.equal(0);
      });
  }

  const gendarmerie = ['42000', '77300'];
  for (const said of gendarmerie) {
    it(`${said}: the form goes on to the address, then is registered`, async () => {
      const { client, saved } = run();
      await replies(client, UP_TO_COMMUNE);

      const answer = await replies(client, [said]);
      await replies(client, AFTER_COMMUNE);

      expect(answer).to.deep.equal([content.render('procedures/otv/ask_street')]);
      expect(saved()).to.equal(1);
    });
  }

  it('a commune corrected from the summary to Paris ends the form too', async () => {
    const { client, saved } = run();
    await replies(client, [...UP_TO_COMMUNE, '42000', ...AFTER_COMMUNE.slice(0, -1)]);

    const texts = await replies(client, ['modifier', 'adresse', '75011']);

    expect(texts[texts.length - 1]).to.equal(content.render('procedures/otv/police_zone',
      { commune: 'Paris 11 (75011)' }));
    expect(client.dialogContext.activeDialog).to.equal(undefined);
    expect(saved()).to.equal(0);
  });
});
