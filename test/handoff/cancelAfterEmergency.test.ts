import { expect } from 'chai';
import type { TurnContext } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { markFormWaiting } from '../../handoff/handBack';
import { understand, world, type World } from './harness';

const content = loadContent();
const MINUTE = 60_000;
const CONFIRM = content.render('handoff/cancel-confirm');
const CANCELLED = content.render('handoff/cancelled');
const FORM_CANCEL = '[form] Voulez-vous vraiment abandonner votre démarche ?';

async function events(w: World): Promise<string[]> {
  return (await w.handoff.transcript.list('c1', true))
    .filter((entry) => entry.kind === 'event').map((entry) => entry.text);
}

// t97: "il me frappe au secours" then "annuler" took the emergency out of the queue at once
describe('"annuler" while queued after an emergency', () => {
  const cases: Array<[string, string[], string[], string]> = [
    ['is asked to confirm; the request stays queued', ['annuler'], [CONFIRM], 'queued'],
    ['is withdrawn when "annuler" is typed again', ['annuler', 'annuler'], [CANCELLED],
      'bot'],
    ['is withdrawn on "je confirme"', ['annuler', 'je confirme'], [CANCELLED], 'bot'],
    ['a bare "oui" confirms nothing', ['annuler', 'oui'], ['[bot] réponse du robot'],
      'queued'],
    ['"retour au robot" is asked too', ['retour au robot'], [CONFIRM], 'queued'],
  ];
  for (const [name, turns, lastAnswer, state] of cases) {
    it(name, async () => {
      const w = world();
      await w.citizen('c1').say('il me frappe au secours');

      let answer: string[] = [];
      for (const turn of turns) {
        answer = await w.citizen('c1').say(turn);
      }

      expect(answer).to.deep.equal(lastAnswer);
      expect((await w.handoff.queue.get('c1'))?.state).to.equal(state);
    });
  }

  it('tells the gendarmes that the citizen asked, and keeps the emergency first', async () => {
    const w = world();
    await w.citizen('c1').say('il me frappe au secours');
    w.clock.advance(45 * MINUTE);

    const answer = await w.citizen('c1').say('annuler');

    expect(answer).to.deep.equal([CONFIRM]);
    expect(await events(w)).to.include('cancel_asked');
    expect((await w.handoff.queue.get('c1'))?.priority).to.equal('emergency');
  });

  it('a request for a gendarme without emergency is still cancelled at once', async () => {
    const w = world();
    await w.citizen('c1').say('gendarme');

    expect(await w.citizen('c1').say('annuler')).to.deep.equal([CANCELLED]);
    expect((await w.handoff.queue.get('c1'))?.state).to.equal('bot');
  });

  it('a form under way: "annuler" is the form\'s own, the request stays queued', async () => {
    const w = world();
    await w.citizen('c1').say('il me frappe au secours');
    const formBot = async (context: TurnContext): Promise<void> => {
      markFormWaiting(context);
      if (!await w.handoff.gate.intercept(context, understand(context.activity.text ?? ''))) {
        await context.sendActivity(FORM_CANCEL);
      }
    };

    const answer = await w.citizen('c1').turn(formBot, { type: 'message', text: 'annuler' });

    expect(answer.map((activity) => activity.text)).to.deep.equal([FORM_CANCEL]);
    expect((await w.handoff.queue.get('c1'))?.state).to.equal('queued');
    expect(await events(w)).not.to.include('cancel_asked');
  });
});
