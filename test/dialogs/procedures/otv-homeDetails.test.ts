import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import { homeDetails } from '../../../dialogs/procedures/otv/homeDetails';
import { parseKeysLeft } from '../../../dialogs/procedures/otv/parsers';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content, procedureClient, replies } from './harness';

const postcodes = loadPostcodeDirectory();

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);
const T = 'procedures/otv';
const SAID = 'une maison avec un portail bleu, alarme oui, voisin a les clés';

function start() {
  const collection = new MemoryCollection<OtvRequest>();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T-1' });
  const { dialog } = otvProcedure({ content, postcodes, clock: () => NOW, store });
  return { collection, client: procedureClient(dialog) };
}

const UP_TO_HOME = ['je pars en vacances', '42000', '12 rue des Lilas', '20/12', '3 janvier'];

// t89's finding 3: the home answer also said the gate, the alarm and who has the keys;
// all three were asked again, and "Jean Martin" became the access information
describe('OTV: what the home answer says beyond the kind of home', () => {
  it('is shown as noted, only the rest of the access is asked, alarm and keys are kept',
    async () => {
      const { collection, client } = start();
      await replies(client, UP_TO_HOME);

      const atHome = await replies(client, [SAID]);
      const atAccess = await replies(client, ['digicode 1234']);
      const rest = await replies(client, ['Camille Martin', '06 12 34 56 78',
        'Claire Durand 07 98 76 54 32', 'non']);
      await replies(client, ['oui']);

      expect(atHome[0]).to.equal(content.render(`${T}/noted_home`,
        { access: 'un portail bleu', alarm: 'oui', keys: 'voisin' }));
      expect(atHome[1]).to.equal(content.render(`${T}/ask_access_more`));
      expect(atAccess).to.deep.equal([content.render(`${T}/ask_name`)]);
      expect(rest.join('\n')).not.to.include(content.render(`${T}/ask_keys`));
      expect(rest.join('\n')).to.include('- Accès : un portail bleu, digicode 1234')
        .and.to.include('- Alarme : Oui')
        .and.to.include("- Clés laissées à quelqu'un : Oui (voisin)");
      const [request] = await collection.find({});
      expect(request.content).to.deep.include({ access: 'un portail bleu, digicode 1234',
        alarm: true, keysLeft: true, keysHolder: 'voisin' });
    });

  it('asks again once when a name alone is typed at the access, then keeps it', async () => {
    const { client } = start();
    await replies(client, [...UP_TO_HOME, 'une maison']);

    const first = await replies(client, ['Jean Martin']);
    const second = await replies(client, ['Jean Martin']);

    expect(first).to.deep.equal([content.render(`${T}/errors.access_name`)]);
    expect(second[second.length - 1]).to.equal(content.render(`${T}/ask_alarm`));
  });

  it('takes the street given with the commune, and does not ask it', async () => {
    const { client } = start();
    await replies(client, UP_TO_HOME.slice(0, 1));

    const next = await replies(client, ['12 rue Garibaldi, 69003 Lyon']);

    expect(next[next.length - 1]).to.equal(content.render(`${T}/ask_from`));
  });

  const table: Array<[string, object]> = [
    [SAID, { access: 'un portail bleu', alarm: true, keys: 'voisin' }],
    ["un appartement, pas d'alarme, clés chez ma sœur",
      { alarm: false, keys: 'chez ma sœur' }],
    ['maison avec un chien et un portail', { access: 'un chien, un portail' }],
    ['une maison', {}],
  ];
  for (const [said, details] of table) {
    it(`"${said}" → ${JSON.stringify(details)}`, () => {
      expect(homeDetails(said)).to.deep.equal(details);
    });
  }

  it('reads a name alone at the keys question as who has them', () => {
    const answer = parseKeysLeft('Jean Martin');
    expect(answer.ok ? answer.value : undefined).to.equal('Jean Martin');
  });
});
