import { expect } from 'chai';
import { isBareReply } from '../../../dialogs/prompts/bareReply';
import { ask, content, newClient, newWorld, texts } from './harness';
import { answers, upTo, type Kind } from './script';

const ITEM_HINT = content.render('preComplaint/errors.item_bare');
const HINT = content.render('prompts/errors.bare_reply');
const EVIDENCE_HINT = content.render('preComplaint/errors.evidence_empty');

/** Yes, no, ok, emoji or punctuation alone, as typed on a phone. */
const BARE = ['oui', 'Oui.', 'ok', 'okay !', 'ouais ok', 'oui 👍', '👍', '?!', '...', 'wi',
  'dacc', 'OUI OUI'];

// t99: "oui" at « Qu'est-ce qui vous a été pris ? » was kept as the stolen object; an emoji
// was asked once, then kept. Such an answer describes nothing a gendarme could read.
describe('pré-plainte: a bare yes, no, ok or emoji at a free-text question', () => {
  for (const said of BARE) {
    it(`"${said}" at the first object: the hint and the question, every time`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('item'));

      const first = await texts(client, [said]);
      const second = await texts(client, [said]);

      const question = ask('item_first', { damage: false });
      expect(first).to.deep.equal([ITEM_HINT, question]);
      expect(second).to.deep.equal([ITEM_HINT, question]);
    });
  }

  it('keeps the objects already listed, and the answers before them', async () => {
    const world = newWorld();
    const client = newClient(world);
    const script = answers();
    const done = script.indexOf("c'est tout");

    const replies = await texts(client, [...script.slice(0, done), 'oui', '👍',
      ...script.slice(done)]);

    expect(replies).to.include(ITEM_HINT);
    const [record] = [...world.collection.docs.values()];
    expect(record.content.facts.items).to.deep.equal(
      [{ description: 'vélo de course bleu', valueEuros: 450 }]);
    expect(record.content.facts.placeDetails).to.equal('devant la gare');
  });

  const elsewhere: Array<[string, string, string, string, Kind]> = [
    // [field, answer, hint, question asked again, kind]
    ['account', 'ok', HINT, ask('account'), 'theft'],
    ['account', 'oui 👍', HINT, ask('account'), 'theft'],
    ['vehicleDescription', '???', HINT, ask('vehicle_description'), 'vehicle_theft'],
    ['vehicleDescription', '🚗', HINT, ask('vehicle_description'), 'vehicle_theft'],
    ['placeDetails', '👍', HINT, ask('place_details'), 'theft'],
  ];
  for (const [field, said, hint, question, kind] of elsewhere) {
    it(`"${said}" at ${field}: the hint and the question, not kept the second time`,
      async () => {
        const client = newClient(newWorld());
        await texts(client, upTo(field, kind));

        const first = await texts(client, [said]);
        const second = await texts(client, [said]);

        expect(first).to.deep.equal([hint, question]);
        expect(second).to.deep.equal([hint, question]);
      });
  }

  for (const said of ['oui', 'ok', '👍']) {
    it(`"${said}" at the evidence: asked what it is, or "non"`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('evidence'));

      const replies = await texts(client, [said]);

      expect(replies).to.deep.equal([EVIDENCE_HINT]);
    });
  }

  const described = ['un vélo, oui', 'iPhone 12', 'non-stop taxi', 'OK Corral (jeu)',
    'ma trottinette Xiaomi', 'mon sac 👜 Longchamp'];
  for (const said of described) {
    it(`"${said}" describes something: kept`, () => {
      expect(isBareReply(said)).to.equal(false);
    });
  }
  for (const said of BARE) {
    it(`"${said}" is a bare reply`, () => {
      expect(isBareReply(said)).to.equal(true);
    });
  }
});
