import { expect } from 'chai';
import { ask, newClient, newWorld, texts } from './harness';
import { answers, upTo } from './script';

// tester13's F13: "12 rue des Lilas 21000 Dijon" was followed by « Dans quelle commune… ? »
describe('pré-plainte: a home address given with its postcode and town', () => {
  const cases: Array<[string, string]> = [
    ['3 rue de la Paix 35000 Rennes', '3 rue de la Paix, 35000 Rennes'],
    ['3 rue de la Paix, 35200 RENNES', '3 rue de la Paix, 35200 Rennes'],
  ];
  for (const [said, shown] of cases) {
    it(`"${said}": the commune is not asked, the summary shows "${shown}" once`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('street'));

      const next = await texts(client, [said]);
      const script = answers();
      const rest = script.slice(script.indexOf('Rennes') + 1, script.indexOf('Tout est correct'));
      const summary = (await texts(client, rest)).join('\n');

      expect(next[next.length - 1]).to.equal(ask('phone'));
      expect(summary).to.include(`- Adresse : ${shown}\n`);
      await texts(client, ['Tout est correct', 'oui']);
      const [record] = [...world.collection.docs.values()];
      expect(record.content.person.address.street).to.equal('3 rue de la Paix');
    });
  }

  for (const said of ['3 rue de la Paix', '3 rue de la Paix 99999 Nulle-Part']) {
    it(`"${said}": the commune is asked as before`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('street'));

      const next = await texts(client, [said]);

      expect(next[next.length - 1]).to.equal(ask('home_commune'));
    });
  }
});

// tester13's F13: « Répondez à la question posée » to a citizen with no preference
describe('pré-plainte: no preference for the call-back time', () => {
  for (const said of ["bof je sais pas trop, c'est quoi le mieux ?", 'comme vous voulez',
    "ça m'est égal"]) {
    it(`"${said}" is « Peu importe »`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('callback'));

      const next = await texts(client, [said]);

      expect(next[next.length - 1]).to.equal(ask('review'));
      expect(next.join('\n')).to.include('- Rappel souhaité : ');
    });
  }
});
