import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { agent, world, type World } from './harness';

const content = loadContent();
const MINUTE = 60_000;

/** c1 waits at position 1 with several agents online, so that no fallback is told. */
async function waiting(): Promise<World> {
  const setup = world();
  for (const id of ['a1', 'a2', 'a3']) {
    setup.handoff.presence.set(id, 'online');
  }
  await setup.citizen('c1').say('gendarme');
  return setup;
}

describe('handoff queue: position updates are throttled', () => {
  it('sends no update at all when emergencies overtake a citizen just welcomed', async () => {
    const { citizen, sender, clock } = await waiting();

    for (let index = 0; index < 5; index += 1) {
      clock.advance(1000);
      await citizen(`urgent-${index}`).say('URGENCE');
    }

    expect(sender.texts('c1')).to.deep.equal([]);
  });

  it('tells a worse place once per burst, then not again within five minutes', async () => {
    const { citizen, sender, clock } = await waiting();
    clock.advance(5 * MINUTE);

    for (let index = 0; index < 10; index += 1) {
      clock.advance(1000);
      await citizen(`urgent-${index}`).say('URGENCE');
    }

    const told = sender.texts('c1');
    expect(told).to.have.length(1);
    expect(told[0]).to.match(/position dans la file : 2 \(/);
  });

  it('tells the long wait at the next move of the queue after the burst', async () => {
    const { handoff, citizen, sender, clock } = await waiting();
    clock.advance(5 * MINUTE);
    for (let index = 0; index < 10; index += 1) {
      await citizen(`urgent-${index}`).say('URGENCE');
    }
    sender.sent.splice(0);

    clock.advance(MINUTE);
    await handoff.service.claim(agent('a1'), 'urgent-0');

    const told = sender.texts('c1');
    expect(told).to.have.length(1);
    expect(told[0]).to.match(/^L'attente est longue en ce moment : position 10 /);
  });

  it('tells at once that no gendarme is online any more', async () => {
    const { handoff, citizen, sender, clock } = await waiting();
    clock.advance(5 * MINUTE);
    await citizen('urgent-0').say('URGENCE');
    sender.sent.splice(0);

    for (const id of ['a1', 'a2', 'a3']) {
      handoff.presence.set(id, 'offline');
    }
    await citizen('late').say('gendarme');

    const told = sender.texts('c1');
    expect(told).to.have.length(1);
    expect(told[0]).to.match(/^Aucun gendarme n'est disponible .* \(position 2\)/);
  });

  it('tells the latest worse place once the five minutes have passed', async () => {
    const { citizen, sender, clock } = await waiting();
    clock.advance(5 * MINUTE);
    await citizen('urgent-0').say('URGENCE');
    await citizen('urgent-1').say('URGENCE');
    sender.sent.splice(0);

    clock.advance(5 * MINUTE);
    await citizen('urgent-2').say('URGENCE');

    const told = sender.texts('c1');
    expect(told).to.have.length(1);
    expect(told[0]).to.match(/position dans la file : 4 \(/);
  });

  it('tells a better place sooner, but not twice within a minute', async () => {
    const { handoff, citizen, sender, clock } = await waiting();
    await citizen('c2').say('gendarme');
    await citizen('c3').say('gendarme');
    await citizen('c4').say('gendarme');
    clock.advance(MINUTE);

    await handoff.service.claim(agent('a1'), 'c1');
    clock.advance(1000);
    await handoff.service.claim(agent('a2'), 'c2');

    expect(sender.texts('c4')).to.deep.equal(
      [content.render('handoff/position', { position: 3, minutes: 6 })]);
  });

  it('refuses a throttle that is not a positive number of minutes', () => {
    expect(() => world({ options: { worsePositionMinutes: 0 } }))
      .to.throw(/worsePositionMinutes must be a positive number/);
  });
});
