import { expect } from 'chai';
import { saysAllGood } from '../../../dialogs/preComplaint/summaryAgain';
import { ask, content, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

const KEPT = content.render('preComplaint/kept_answer');
const STILL = ask('place_kept', { place: 'devant la gare' });

// t89's finding 1: « la commune » → another commune, then « Précisez le lieu » again without
// a word, and "tout est correct" typed there became the place of the facts
describe('pré-plainte: the commune changed from the summary', () => {
  const table: Array<[string, string[], string, string]> = [
    // [what is changed, answers, expected question after the new commune, place at the end]
    ['kept', ['oui'], STILL, 'devant la gare'],
    ['given again', ['non', 'place du Marché'], STILL, 'place du Marché'],
    ['"tout est correct" at the place', ['non', 'tout est correct'], STILL, 'devant la gare'],
    ['"c\'est bon" at the question', ["c'est bon"], STILL, 'devant la gare'],
    // t97: the new place typed instead of "non" was refused
    ['the new place typed at the question', ['devant la mairie'], STILL, 'devant la mairie'],
    ['"non, …" with the new place', ['non, parking du Leclerc'], STILL, 'parking du Leclerc'],
  ];
  for (const [name, answers, question, place] of table) {
    it(`asks whether the place still holds: ${name}`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('review'));

      const asked = await texts(client, ['Modifier une réponse', 'la commune', 'Cesson']);
      const after = (await texts(client, answers)).join('\n');
      await texts(client, ['Tout est correct', 'oui']);

      expect(asked[asked.length - 1]).to.equal(question);
      expect(after).to.include(`– ${place}`).and.to.include('Cesson');
      expect(after).to.include(ask('review'));
      const [record] = [...world.collection.docs.values()];
      expect(record.content.facts.placeDetails).to.equal(place);
      expect(record.content.facts.commune.name).to.equal('Cesson-Sévigné');
    });
  }

  it('keeps the answer and shows the summary when "c\'est bon" is typed at a reopened '
    + 'free-text question', async () => {
    const world = newWorld();
    const client = newClient(world);
    await texts(client, upTo('review'));

    const asked = await texts(client, ['Modifier une réponse', 'Le récit']);
    const after = await texts(client, ["c'est bon"]);

    expect(asked[asked.length - 1]).to.equal(ask('account'));
    expect(after[0]).to.equal(KEPT);
    expect(after.join('\n')).to.include("Mon vélo était attaché devant la gare");
    expect(after[after.length - 1]).to.equal(ask('review'));
  });

  it('still refuses "ok" as the place when no summary was shown', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('placeDetails'));

    const replies = await texts(client, ['ok']);

    expect(replies[0]).to.equal(content.render('prompts/errors.place_not_a_place'));
  });

  const phrases: Array<[string, boolean]> = [
    ['tout est correct', true], ["c'est bon", true], ['rien à changer', true], ['ok', true],
    ['non rien à modifier', true], ['devant la gare', false], ["c'est bon marché", false],
  ];
  for (const [said, good] of phrases) {
    it(`"${said}" ${good ? 'says' : 'does not say'} the answers are fine`, () => {
      expect(saysAllGood(said)).to.equal(good);
    });
  }
});
