import { expect } from 'chai';
import type { PreComplaintRecord } from '../../../records/types';
import { ask, error, newClient, newWorld, texts, World } from './harness';
import { answerOf, answers, upTo } from './script';

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

const NOT_A_PLACE = error('prompts/errors.place_not_a_place');

/** What citizens typed at « Précisez le lieu » that says no place. */
const notPlaces = ['fini', "c'est fini", 'Fini !', 'termine', 'terminé', "c'est terminé",
  "j'ai fini", 'ok', 'OK.', "d'accord", 'rien', 'Rien de plus', 'rien à ajouter', 'non',
  'aucun', 'jsp', 'je sais pas', "c'est tout", 'voilà', 'euh', '?', '...',
  // what the citizen says of the situation after an emergency in the middle of the form
  'ok c bon il est parti', 'ils sont partis', "c'est bon ça va mieux"];

describe('pré-plainte: « Précisez le lieu » refuses answers that say no place', () => {
  notPlaces.forEach((said) => {
    it(`"${said}" is explained and asked again; the place given next is stored`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('placeDetails'));

      const onBad = await texts(client, [said]);
      const onGood = await texts(client, [answerOf('placeDetails')]);
      await texts(client, answers().slice(upTo('placeDetails').length + 1));

      expect(onBad).to.deep.equal([NOT_A_PLACE]);
      expect(onGood).to.deep.equal([ask('account')]);
      expect(stored(world)?.content.facts.placeDetails).to.equal(answerOf('placeDetails'));
    });
  });

  const places = ['parking du OK Market', 'Rien ne va plus, le casino', 'non loin de la gare',
    'A7', "devant l'école", 'la rue où il est parti en courant'];
  places.forEach((said) => {
    it(`"${said}" is a place, taken as typed`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('placeDetails'));

      expect(await texts(client, [said])).to.deep.equal([ask('account')]);
    });
  });
});
