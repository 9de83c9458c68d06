import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { QUIET_GAP_MS, REPLY_GAP_MS } from '../../handoff/queuedReply';
import { type World, world } from './harness';

const content = loadContent();
const stillWaiting = (position: number, noAgent = false): string =>
  content.render('handoff/still-waiting', { position, noAgent });

/** c1 queued behind c0, a gendarme online: the welcome told place 2. */
async function secondInQueue(): Promise<World> {
  const setup = world();
  setup.handoff.presence.set('a1', 'online');
  await setup.citizen('c0').say('gendarme');
  await setup.citizen('c1').say('gendarme');
  return setup;
}

// tester F13: "vous êtes là ?" in the queue got no answer at all
describe('handoff queue: a waiting citizen who asks whether anyone is there', () => {
  for (const said of ['vous êtes là ?', 'allo ?', "y a quelqu'un ??", '?',
    "vous m'avez bien noté ?", "c'est bien enregistré ?"]) {
    it(`"${said}" hears that a gendarme will answer, their place, and the numbers`,
      async () => {
        const { citizen } = await secondInQueue();

        const replies = await citizen('c1').say(said);

        expect(replies).to.deep.equal([stillWaiting(2)]);
        expect(replies[0]).to.match(/17 ou le 112 \(par SMS : 114\)/);
      });
  }

  it('is not answered at every message: once, then again after a while', async () => {
    const { citizen, clock } = await secondInQueue();
    const camille = citizen('c1');

    const first = await camille.say('vous êtes là ?');
    const again = await camille.say('allo ?');
    clock.advance(REPLY_GAP_MS);
    const later = await camille.say('allo ?');

    expect(first).to.deep.equal([stillWaiting(2)]);
    expect(again).to.deep.equal([]);
    expect(later).to.deep.equal([stillWaiting(2)]);
  });

  it('says no gendarme is connected when none is, rather than "soon"', async () => {
    const { citizen } = world();
    await citizen('c1').say('gendarme');

    const replies = await citizen('c1').say('allo ?');

    expect(replies).to.deep.equal([stillWaiting(1, true)]);
    expect(replies[0]).to.match(/Aucun gendarme n'est connecté/);
  });

  it('passes on what the citizen tells without a word, unless told nothing for long',
    async () => {
      const { citizen, clock } = await secondInQueue();
      const camille = citizen('c1');

      const told = await camille.say('mon vélo a été volé hier devant la gare');
      clock.advance(QUIET_GAP_MS);
      const later = await camille.say("c'était un vélo bleu");

      expect(told).to.deep.equal([]);
      expect(later).to.deep.equal([stillWaiting(2)]);
    });

  // tester20: the queue's message invites a number, and the number then got no word back
  for (const said of ['rappelez moi au 06 11 22 33 44 svp', 'mon mail: camille.d@example.fr',
    '+33 6 11 22 33 44']) {
    it(`"${said}" is acknowledged at once, whatever was said just before`, async () => {
      const { citizen } = await secondInQueue();
      const camille = citizen('c1');
      await camille.say('vous êtes là ?');

      const replies = await camille.say(said);

      expect(replies).to.deep.equal([content.render('handoff/contact-noted')]);
    });
  }

  it('a message with no number nor e-mail is not taken for contact details', async () => {
    const { citizen } = await secondInQueue();
    const camille = citizen('c1');
    await camille.say('vous êtes là ?');

    expect(await camille.say('mon vélo a été volé le 12 mars à 14h30')).to.deep.equal([]);
  });
});
