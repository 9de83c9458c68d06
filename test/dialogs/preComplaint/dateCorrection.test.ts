import { expect } from 'chai';
import { isDateCorrection } from '../../../dialogs/preComplaint/dateCorrection';
import { ask, content, newClient, newWorld, texts } from './harness';
import { answerOf, upTo } from './script';

// tester13's F10: "ah non pardon c'était avant hier pas hier" at « Racontez… » was stored
// as the account, and the date stayed "hier"
describe('pré-plainte: a correction of the date typed at a later question', () => {
  const table: Array<[string, boolean]> = [
    ["ah non pardon c'était avant hier pas hier", true],
    ["désolé je me suis trompé, c'était lundi", true],
    ['oups erreur, vers 18h plutôt', true],
    [answerOf('account'), false],
    ["pardon, mon vélo était attaché devant la gare hier soir et quand je suis revenu à " +
      "22h il n'y était plus du tout", false],
    ['hier soir vers 22h', false],
  ];
  for (const [said, correction] of table) {
    it(`"${said}" ${correction ? 'corrects' : 'does not correct'} the date`, () => {
      expect(isDateCorrection(said)).to.equal(correction);
    });
  }

  it('asks the date again, then the question where it was, and keeps the new date',
    async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('account'));

      const replies = await texts(client, ["ah non pardon c'était avant hier pas hier"]);
      const after = await texts(client, ['avant hier vers 22h']);

      expect(replies).to.deep.equal([content.render('preComplaint/date_correction'),
        ask('date')]);
      expect(after[after.length - 1]).to.equal(ask('account'));
      const summary = (await texts(client, upTo('review').slice(upTo('account').length)))
        .join('\n');
      expect(summary).to.include('le 09/03/2026 à 22:00');
      expect(summary).not.to.include("pardon c'était");
    });
});
