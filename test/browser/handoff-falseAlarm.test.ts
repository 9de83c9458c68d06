import { expect } from 'chai';
import { ConsolePage, pageErrors } from '../handoff/browser';
import { CONSOLE_PASSWORD as PASSWORD, ConsoleFixture } from '../handoff/consoleFixture';

// t63 item 2: a stood-down alarm's card still read as a live emergency
describe('agent console: an alarm the citizen stood down', function () {
  this.timeout(60_000);
  const fx = ConsoleFixture.use();

  it('shows a normal card that says the emergency was lifted, no situation', async () => {
    const page = await fx.context.newPage();
    const errors = pageErrors(page);
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    const citizen = fx.w.citizen('c1');
    await citizen.turn(async (turn) => {
      await fx.w.handoff.gate.request(turn, 'emergency', 'emergency', { situation: 'fire' });
    }, { type: 'message', text: 'le feu a pris dans la cuisine' });
    await citizen.turn(async (turn) => {
      await fx.w.handoff.gate.standDown?.(turn, 'told');
    }, { type: 'message', text: 'fausse alerte' });

    await agent.queueItem('c1').waitFor();
    const card = await agent.queueItem('c1').textContent();

    expect(card).to.include('normal');
    expect(card).to.include("motif : urgence levée : l'usager dit que c'était une fausse alerte");
    expect(card).not.to.include('URGENCE');
    expect(card).not.to.include('incendie');
    expect(errors).to.deep.equal([]);
  });
});
