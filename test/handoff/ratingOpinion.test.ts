import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { opinionRating } from '../../handoff/opinion';
import { closedWithRatingAsked } from './harness';

const content = loadContent();

// tester13's F16: "nul personne m'a vraiment aidé" at the rating question was routed as
// « Propos injurieux » and the opinion dropped
describe('handoff rating: an opinion in words', () => {
  const table: Array<[string, number | undefined]> = [
    ["nul personne m'a vraiment aidé", 1],
    ['pas top', 1],
    ["c'était inutile", 1],
    ['super merci', 5],
    ['parfait', 5],
    ['merci, au revoir', undefined],
    ['je veux porter plainte pour un vol', undefined],
  ];
  for (const [said, rating] of table) {
    it(`"${said}" rates ${String(rating)}`, () => {
      expect(opinionRating(said)).to.equal(rating);
    });
  }

  it('is thanked, stored as a low rating without its text, never sent to the bot',
    async () => {
      const { handoff, camille } = await closedWithRatingAsked();

      const replies = await camille.say("nul personne m'a vraiment aidé");

      expect(replies).to.deep.equal([content.render('handoff/rating-thanks', { low: true })]);
      expect(replies[0]).to.match(/^Merci de nous l'avoir dit/);
      const stored = await handoff.queue.get('c1');
      expect(stored?.rating).to.equal(1);
      expect(JSON.stringify(stored)).not.to.include('aidé');
    });
});
