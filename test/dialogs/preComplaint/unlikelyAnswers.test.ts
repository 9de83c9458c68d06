import { expect } from 'chai';
import { unlikelyDescription } from '../../../dialogs/prompts/unlikelyAnswer';
import { ask, content, newClient, newWorld, texts } from './harness';
import { answers, upTo, type Kind } from './script';

const hint = (name: string): string => content.render(`preComplaint/errors.${name}_doubt`);

// t89's finding 2: an e-mail address was kept as the account of the facts, a phone number
// as the stolen object; each description question asks once again with a hint, then
// takes the answer (a citizen is never blocked), and "Dupont" stays a witness
describe('pré-plainte: an answer that cannot describe what is asked', () => {
  const table: Array<[string, string, string, string, Kind]> = [
    // [field, answer, hint, question after the second try, kind]
    ['account', 'marie.dupont@example.fr', 'account', ask('item_first', { damage: false }),
      'theft'],
    ['item', '0612345678', 'item', ask('item_value'), 'theft'],
    ['placeDetails', '06 12 34 56 78', 'place', ask('account'), 'theft'],
    // emoji and punctuation alone are never kept, however often sent: bareReplies.test.ts
  ];
  for (const [field, said, name, next, kind] of table) {
    it(`"${said}" at ${field}: asked once with a hint, kept the second time`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo(field, kind));

      const first = await texts(client, [said]);
      const second = await texts(client, [said]);

      expect(first).to.deep.equal([hint(name)]);
      expect(second[second.length - 1]).to.equal(next);
    });
  }

  for (const said of ['Dupont', '0612345678', 'marie.dupont@example.fr']) {
    it(`"${said}" is taken at once as a witness`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('evidence'));

      const replies = await texts(client, [said]);

      expect(replies[replies.length - 1]).to.equal(ask('role'));
    });
  }

  it('keeps what was sent twice in the record', async () => {
    const world = newWorld();
    const client = newClient(world);
    const script = answers();
    const at = script.indexOf('vélo de course bleu');

    await texts(client, [...script.slice(0, at), '0612345678', '0612345678',
      ...script.slice(at + 1)]);

    const [record] = [...world.collection.docs.values()];
    expect(record.content.facts.items[0].description).to.equal('0612345678');
  });

  const shapes: Array<[string, string | undefined]> = [
    ['marie.dupont@example.fr', 'email'], ['0612345678', 'phone'], ['12', 'digits'],
    ['?!…', 'symbols'], ['😡😡', 'symbols'], ['vélo bleu', undefined],
    ['écrivez-moi à marie@example.fr', undefined], ['3 rue de la Paix', undefined],
  ];
  for (const [said, shape] of shapes) {
    it(`"${said}" is ${shape ?? 'a description'}`, () => {
      expect(unlikelyDescription(said)).to.equal(shape);
    });
  }
});
