import { expect } from 'chai';
import { ask, content, newClient, newWorld, texts } from './harness';
import { upTo } from './script';

// tester13's F8: "non je continue" after « Voulez-vous vraiment abandonner ? » at the
// summary landed in « Que voulez-vous modifier ? », with no way back to the summary
describe('pré-plainte: a way back to the summary', () => {
  for (const stay of ['non non je continue finalement', 'je continue', 'non']) {
    it(`"${stay}" after giving up at the summary asks the summary's question again`,
      async () => {
        const client = newClient(newWorld());
        await texts(client, upTo('review'));

        const asked = await texts(client, ['en fait laissez tomber je veux plus porter plainte']);
        const replies = await texts(client, [stay]);

        expect(asked[asked.length - 1]).to.equal(content.render('preComplaint/cancel_confirm'));
        expect(replies).to.deep.equal([content.render('preComplaint/cancel_kept'),
          ask('review')]);
      });
  }

  for (const nothing of ['Rien à modifier, revenir au récapitulatif', 'Tout est correct',
    "rien c'est bon"]) {
    it(`"${nothing}" in « Que voulez-vous modifier ? » shows the summary again`, async () => {
      const world = newWorld();
      const client = newClient(world);
      await texts(client, upTo('review'));

      const replies = await texts(client, ['Modifier une réponse', nothing]);
      const done = await texts(client, ['Tout est correct', 'oui']);

      expect(replies[0]).to.equal(ask('review_section'));
      expect(replies[1]).to.include('- Téléphone : 06 12 34 56 78');
      expect(replies[2]).to.equal(ask('review'));
      expect(done[done.length - 1]).to.include('Votre pré-plainte est envoyée');
    });
  }
});
