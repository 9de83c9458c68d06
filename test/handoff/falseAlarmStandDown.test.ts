import { expect } from 'chai';
import type { Harness, Said } from '../bots/harness';
import { content } from '../dialogs/preComplaint/harness';
import { fullScript } from '../dialogs/preComplaint/script';
import { ApiFixture } from './apiFixture';
import { atAccount } from './atAccount';
import { DANGER } from './formScene';

const FALSE_ALARM = content.render('prompts/falseAlarm');
const CONFIRM = content.render('prompts/falseAlarmConfirm');
const FIRE = 'au feu la cuisine brule';
const FIRE_SAID: Said = { text: FIRE,
  emergency: { detected: true, numbers: ['18', '112'], situation: 'fire' } };
const WAITING = /N'attendez pas sa réponse/;

/** The rest of the form, from « Racontez… » to the consent: the pré-plainte is filed. */
async function fileTheRest(bot: Harness): Promise<void> {
  const script = fullScript();
  const from = script.findIndex((step) => step.field === 'account');
  for (const step of script.slice(from)) {
    await bot.texts(step.answer);
  }
}

async function queuedPriority(fx: ApiFixture): Promise<unknown> {
  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [queued] = Array.isArray(queue.body.conversations) ? queue.body.conversations : [];
  return typeof queued === 'object' && queued !== null ? Reflect.get(queued, 'priority')
    : undefined;
}

// tester F4: a false alarm told in words of its own did not clear the emergency
describe('a false alarm told after an emergency inside a form (t56 F4)', () => {
  const fx = ApiFixture.use({ signedIn: true });

  // t98: after a threat (DANGER: a knife), the same words again confirm it
  for (const said of ['non c est mon adresse pas un incendie',
    'non c est fini ca s est passé hier on etait absents', "fausse alerte c'était mon chat"]) {
    it(`"${said}" twice: the question again, normal priority, no numbers once filed`,
      async () => {
        const { bot, question } = await atAccount(fx);
        await bot.texts(DANGER);
        expect(await queuedPriority(fx)).to.equal('emergency');

        const asked = await bot.texts(said);
        const stillFirst = await queuedPriority(fx);
        const replies = await bot.texts(said);
        await fileTheRest(bot);
        const later = await bot.texts('merci');

        expect(asked).to.deep.equal([CONFIRM, question]);
        expect(stillFirst).to.equal('emergency');
        expect(replies).to.deep.equal([FALSE_ALARM, question]);
        expect(await queuedPriority(fx)).to.equal('normal');
        expect(later.join('\n')).not.to.match(WAITING);
      });
  }

  for (const said of ['non c est mon adresse pas un incendie', 'fausse alerte',
    'cetait rien dsl']) {
    it(`after a fire, "${said}" once: the question again, normal priority`, async () => {
      const { bot, question } = await atAccount(fx, [FIRE_SAID]);
      await bot.texts(FIRE);

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal([FALSE_ALARM, question]);
      expect(await queuedPriority(fx)).to.equal('normal');
    });
  }

  it('"je confirme" at a question of the form is its answer, not a confirmation', async () => {
    const { bot, question } = await atAccount(fx);
    await bot.texts(DANGER);
    await bot.texts('fausse alerte');

    const replies = await bot.texts('je confirme');

    expect(replies).not.to.include(FALSE_ALARM);
    expect(replies).not.to.include(question);
    expect(await queuedPriority(fx)).to.equal('emergency');
  });

  it('without a false alarm, "merci" after the filing still gets the numbers',
    async () => {
      const { bot } = await atAccount(fx);
      await bot.texts(DANGER);
      await bot.texts('je suis en sécurité maintenant');
      await fileTheRest(bot);

      const later = await bot.texts('merci');

      expect(await queuedPriority(fx)).to.equal('emergency');
      expect(later.join('\n')).to.match(WAITING);
    });

  it('a new emergency after the false alarm raises the priority again', async () => {
    const { bot } = await atAccount(fx);
    await bot.texts(DANGER);
    await bot.texts('fausse alerte');
    await bot.texts('fausse alerte');

    const said = await bot.texts(DANGER);

    expect(said.join('\n')).to.match(/\*\*17\*\*/);
    expect(await queuedPriority(fx)).to.equal('emergency');
  });
});
