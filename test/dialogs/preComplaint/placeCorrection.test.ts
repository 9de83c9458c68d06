import { expect } from 'chai';
import { isPlaceCorrection } from '../../../dialogs/preComplaint/placeCorrection';
import { ask, content, newClient, newWorld, texts } from './harness';
import { answerOf, upTo } from './script';

// tester15's F3: at the summary, "en fait c'était pas au marché mais à la gare" got "Je n'ai
// pas reconnu ce choix", whereas a typed date correction leads to the date question again
describe('pré-plainte: a correction of the place typed at the summary', () => {
  const table: Array<[string, boolean]> = [
    ["en fait c'était pas au marché mais à la gare", true],
    ['pardon, devant la mairie plutôt', true],
    ['non pas au parking, dans la rue', true],
    ["ah non pardon c'était avant hier pas hier", false],
    ['Tout est correct', false],
    ['Modifier une réponse', false],
    [answerOf('account'), false],
  ];
  for (const [said, correction] of table) {
    it(`"${said}" ${correction ? 'corrects' : 'does not correct'} the place`, () => {
      expect(isPlaceCorrection(said)).to.equal(correction);
    });
  }

  it('asks the place again, then shows the summary with the new place', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('review'));

    const replies = await texts(client, ["en fait c'était pas au marché mais à la gare"]);
    const after = (await texts(client, ['sur le parvis de la gare'])).join('\n');

    expect(replies).to.deep.equal([content.render('preComplaint/place_correction'),
      ask('place_details')]);
    expect(after).to.include('sur le parvis de la gare');
    expect(after).to.match(/Sont-elles correctes/);
  });
});
