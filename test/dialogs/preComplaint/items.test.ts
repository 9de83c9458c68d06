import { expect } from 'chai';
import type { PreComplaintRecord } from '../../../records/types';
import { ask, content, newClient, newWorld, texts, World } from './harness';
import { answerOf, answers, upTo } from './script';

const BACK = content.render('preComplaint/back');
const AFTER_ITEMS = answers().slice(upTo('itemDone').length + 1);

function stored(world: World): PreComplaintRecord {
  const [record] = [...world.collection.docs.values()];
  expect(record, 'a record was stored').not.to.equal(undefined);
  return record;
}

describe('pré-plainte: the list of stolen items', () => {
  const baseline = async (): Promise<string[]> =>
    texts(newClient(newWorld()), [...upTo('itemDone'), "c'est tout"]);

  ["c'est tout", 'cest tout', 'c est tout', 'C’est tout.', "rien d'autre", 'rien dautre',
    "non c'est tout", 'non cest tout', "c'est tout merci", 'non merci', 'plus rien', 'voilà',
    "ce sera tout", "je n'ai rien d'autre"].forEach((said) => {
    it(`"${said}" ends the list and goes on to the next question`, async () => {
      const expected = (await baseline()).slice(-1);

      const replies = await texts(newClient(newWorld()), [...upTo('itemDone'), said]);

      expect(replies.slice(-1)).to.deep.equal(expected);
      expect(replies[replies.length - 1]).not.to.equal(ask('item_more'));
    });
  });

  it('"un ordinateur" is an item, not the end of the list', async () => {
    const replies = await texts(newClient(newWorld()), [...upTo('itemDone'), 'un ordinateur']);

    expect(replies.slice(-1)).to.deep.equal([ask('item_value')]);
  });

  it('"retour" at the value asks that item again, keeping the account', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('itemValue'));

    const back = await texts(client, ['retour']);
    await texts(client, ['vélo rouge', '300', "c'est tout", ...AFTER_ITEMS]);

    expect(back).to.deep.equal([BACK, ask('item_first', { damage: false })]);
    expect(stored(world).content.facts.items).to.deep.equal([
      { description: 'vélo rouge', valueEuros: 300 }]);
    expect(stored(world).content.facts.account).to.equal(answerOf('account'));
  });

  it('"retour" at the next item asks the previous value again, keeping the list', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, [...upTo('itemDone'), 'télévision', '800']);

    const back = await texts(client, ['retour']);
    await texts(client, ['900', "c'est tout", ...AFTER_ITEMS]);

    expect(back).to.deep.equal([BACK, ask('item_value')]);
    expect(stored(world).content.facts.items).to.deep.equal([
      { description: 'vélo de course bleu', valueEuros: 450 },
      { description: 'télévision', valueEuros: 900 }]);
  });

  it('"retour" twice from the next item reaches the previous item itself', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('itemDone'));

    const back = await texts(client, ['retour', 'retour']);

    expect(back).to.deep.equal([BACK, ask('item_value'), BACK,
      ask('item_first', { damage: false })]);
  });

  it('"retour" at the first item goes back to the account', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('item'));

    const back = await texts(client, ['retour']);

    expect(back).to.deep.equal([BACK, ask('account')]);
  });
});
