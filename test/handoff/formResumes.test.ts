import { expect } from 'chai';
import { content } from '../dialogs/preComplaint/harness';
import { ApiFixture } from './apiFixture';
import { atAccount } from './atAccount';
import { DANGER, GENDARME } from './formScene';

async function queuedId(fx: ApiFixture): Promise<string> {
  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [queued] = Array.isArray(queue.body.conversations) ? queue.body.conversations : [];
  return encodeURIComponent(String(queued?.id));
}

describe('a form interrupted by a gendarme request or an emergency', () => {
  const fx = ApiFixture.use({ signedIn: true });

  // tester15's F11: no form question to a person in danger right after the numbers
  it('after an emergency, says the form stays open and what « annuler » does; asks later',
    async () => {
      const { bot, question } = await atAccount(fx);

      const said = await bot.texts(DANGER);
      const next = await bot.texts('je suis en sécurité maintenant');

      expect(said[said.length - 1]).to.equal(content.render('prompts/resumeAfterEmergency'));
      expect(said).not.to.include(question);
      expect(content.render('prompts/resumeAfterEmergency')).to.match(/annuler/);
      expect(next).to.deep.equal([content.render('prompts/resume'), question]);
    });

  // tester12's F7: the line after the emergency was stored as the account of the facts
  it('does not take "fausse alerte, je continue" after an emergency as the answer',
    async () => {
      const { bot, question } = await atAccount(fx);
      await bot.texts(DANGER);

      const said = await bot.texts("c'est bon il est parti, fausse alerte, je continue");
      const next = await bot.texts("Mon vélo était attaché devant la gare, il n'y était plus.");

      // after a threat, the false alarm is to be confirmed (t98): the question comes back
      expect(said).to.deep.equal([content.render('prompts/falseAlarmConfirm'), question]);
      expect(next[next.length - 1]).to.match(/Qu'est-ce qui vous a été pris/);
    });

  it('never announces a wait in minutes to a conversation queued as an emergency',
    async () => {
      const { bot } = await atAccount(fx);

      const said = await bot.texts(DANGER);

      expect(said).to.include(content.render('handoff/queued-emergency'));
      expect(said.join('\n')).to.not.match(/\bmin\b|attente est longue/);
    });

  it('asks its question again when the gendarme request is cancelled', async () => {
    const { bot, question } = await atAccount(fx);
    await bot.texts(GENDARME);

    const said = await bot.texts('annuler');

    expect(said).to.deep.equal([content.render('handoff/cancelled'),
      content.render('prompts/resumeAfterHandBack'), question]);
  });

  it('asks its question again after the gendarme closed and the citizen rated', async () => {
    const { bot, question } = await atAccount(fx);
    await bot.texts(GENDARME);
    const id = await queuedId(fx);
    await fx.client.call('POST', `/api/agent/conversations/${id}/claim`);
    await fx.client.call('POST', `/api/agent/conversations/${id}/close`);

    const said = await bot.texts('4');

    expect(said).to.deep.equal([content.render('handoff/rating-thanks', { formWaits: true }),
      content.render('prompts/resumeAfterHandBack'), question]);
    expect(said[0]).to.not.match(/autre chose/);
  });

  it('does not read the first message after a close as the answer: asks again', async () => {
    const { bot, question } = await atAccount(fx);
    await bot.texts(GENDARME);
    const id = await queuedId(fx);
    await fx.client.call('POST', `/api/agent/conversations/${id}/claim`);
    await fx.client.call('POST', `/api/agent/conversations/${id}/close`);

    const said = await bot.texts('gare part dieu');

    expect(said).to.deep.equal([content.render('prompts/resumeAfterHandBack'), question]);
  });
});
