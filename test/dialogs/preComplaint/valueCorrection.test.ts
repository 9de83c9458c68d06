import { expect } from 'chai';
import { content, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

const MENU = /Que voulez-vous modifier/;

// tester16's F9: at the summary, "non le téléphone c'est le 06 12 34 56 79" opened the menu
// « Que voulez-vous modifier ? » and the number typed had to be typed again
describe('pré-plainte: a correction typed at the summary with its new value', () => {
  const stored: Array<[string, string]> = [
    ["non le téléphone c'est le 06 12 34 56 79", '06 12 34 56 79'],
    ["l'email c'est jean@exemple.fr", 'jean@exemple.fr'],
    ["la date c'était le 3 décembre", '3 décembre'],
  ];
  for (const [said, shown] of stored) {
    it(`"${said}" is stored and the summary shown again`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('review'));

      const replies = await texts(client, [said]);

      expect(replies[0]).to.equal(content.render('preComplaint/value_correction'));
      expect(replies.join('\n')).to.include(shown);
      expect(replies.join('\n')).to.match(/Sont-elles correctes/);
      expect(replies.join('\n')).not.to.match(MENU);
    });
  }

  const menu = ["non le téléphone c'est faux", "l'email est pas bon", 'la date est fausse'];
  for (const said of menu) {
    it(`"${said}", without a usable value, changes nothing by itself`, async () => {
      const client = newClient(newWorld());
      await texts(client, upTo('review'));

      const replies = await texts(client, [said]);

      expect(replies).not.to.include(content.render('preComplaint/value_correction'));
    });
  }
});
