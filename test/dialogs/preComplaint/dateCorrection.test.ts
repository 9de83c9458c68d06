import { expect } from 'chai';
import { isDateCorrection } from '../../../dialogs/preComplaint/dateCorrection';
import { ask, content, newClient, newWorld, texts } from './harness';
import { answerOf, upTo } from './script';
import type { DialogTestClient } from 'botbuilder-testing';

/** The message that says the date was corrected, with the summary's date line. */
function corrected(day: string, said: string): string {
  return content.render('preComplaint/date_corrected', { when: `${day} (« ${said} »)` });
}

/** The summary, once the rest of the script is answered from `field` on. */
async function summaryAfter(client: DialogTestClient, field: string): Promise<string> {
  return (await texts(client, upTo('review').slice(upTo(field).length))).join('\n');
}

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

  it('stores the new date and asks the question where it was again', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('account'));

    const replies = await texts(client, ["ah non pardon c'était avant hier pas hier"]);

    expect(replies).to.deep.equal([
      corrected('le 09/03/2026', "ah non pardon c'était avant hier pas hier"), ask('account')]);
    const summary = await summaryAfter(client, 'account');
    expect(summary).to.include('le 09/03/2026');
    expect(summary).not.to.include('Récit : ah non pardon');
  });
});

// tester F9: "non attendez c'était avant-hier en fait" at « Précisez le lieu » became the place
describe('pré-plainte: a correction of the date at a free-text question (tester F9)', () => {
  const table: Array<[string, boolean]> = [
    ["non attendez c'était avant-hier en fait", true],
    ["en fait c'était lundi", true],
    ["c'était plutôt mardi soir", true],
    ['en fait hier soir on m\'a volé mon vélo devant la gare', false],
    ['attendez je cherche le nom de la rue', false],
  ];
  for (const [said, correction] of table) {
    it(`"${said}" ${correction ? 'corrects' : 'does not correct'} the date`, () => {
      expect(isDateCorrection(said)).to.equal(correction);
    });
  }

  it('at « Précisez le lieu »: the date is updated, the place asked again, not stored',
    async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('placeDetails'));

      const replies = await texts(client, ["non attendez c'était avant-hier en fait"]);

      expect(replies).to.deep.equal([
        corrected('le 09/03/2026', "non attendez c'était avant-hier en fait"),
        ask('place_details')]);
      const summary = await summaryAfter(client, 'placeDetails');
      expect(summary).to.include('Date : le 09/03/2026');
      expect(summary).to.include('devant la gare');
      expect(summary).not.to.match(/Lieu : .*attendez/);
    });

  it('a time alone is on the day already given: "oups erreur, vers 18h plutôt"', async () => {
    const client = newClient(newWorld());
    await texts(client, upTo('account'));

    const replies = await texts(client, ['oups erreur, vers 18h plutôt']);

    expect(replies[0]).to.match(/^C'est corrigé\. Date des faits : le 10\/03\/2026 à 18:00/);
    expect(replies[1]).to.equal(ask('account'));
  });

  it('a period with no day ("la semaine dernière") asks the date again, as before',
    async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('placeDetails'));

      const replies = await texts(client, ["non pardon c'était la semaine dernière"]);

      expect(replies).to.deep.equal([content.render('preComplaint/date_correction'),
        ask('date')]);
    });
});
