import { expect } from 'chai';
import { MAX_PREVIEW } from '../../handoff/questions';
import { ApiFixture } from './apiFixture';

/** A long account, as a citizen pastes one: words of 6 letters and a space. */
const LONG = `${'voisin '.repeat(600)}fin`.trim();

// a 4,200-character message filled the whole queue column (tester d33)
describe('agent inbox: a long message is shown as a bounded preview', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('cuts the card\'s text at a word, marks it cut, and keeps it whole in the transcript',
    async () => {
      const camille = fx.w.citizen('c1');
      await camille.say('gendarme');
      await camille.say(LONG);

      const queue = await fx.client.call('GET', '/api/agent/queue');
      const detail = await fx.client.call('GET', '/api/agent/conversations/c1');

      const last = 'conversations[0].lastMessages[1]';
      expect(LONG.length).to.be.above(4000);
      expect(queue.body).to.have.nested.property(`${last}.text`)
        .that.matches(/^voisin( voisin)*…$/).and.has.lengthOf.at.most(MAX_PREVIEW + 1);
      expect(queue.body).to.have.nested.property(`${last}.truncated`, true);
      expect(JSON.stringify(detail.body)).to.include(LONG);
    });

  it('leaves a short message whole and unmarked', async () => {
    const camille = fx.w.citizen('c1');
    await camille.say('gendarme');

    const queue = await fx.client.call('GET', '/api/agent/queue');

    expect(queue.body).to.have.nested.property('conversations[0].lastMessages[0]')
      .that.deep.equals({ from: 'user', text: 'gendarme', at: fx.w.clock.time });
  });
});
