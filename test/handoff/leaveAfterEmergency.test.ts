import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { agent, world, type World } from './harness';

const content = loadContent();
const MINUTE = 60_000;

/** A citizen held by a1 who writes an URGENCE while held. */
async function heldThenUrgent(w: World): Promise<void> {
  w.handoff.presence.set('a1', 'online');
  await w.citizen('c1').say('gendarme');
  await w.handoff.service.claim(agent('a1'), 'c1');
  await w.citizen('c1').say('URGENCE il est en bas avec une barre de fer');
}

async function events(w: World): Promise<string[]> {
  return (await w.handoff.transcript.list('c1', true))
    .filter((entry) => entry.kind === 'event').map((entry) => entry.text);
}

// "retour au robot" right after an emergency detached the gendarme at once (tester d33)
describe('the citizen leaving the gendarme soon after an emergency', () => {
  it('is asked to confirm, stays with the gendarme, and the gendarme reads it', async () => {
    const w = world();
    await heldThenUrgent(w);
    w.clock.advance(2 * MINUTE);

    const answer = await w.citizen('c1').say('retour au robot');

    expect(answer).to.deep.equal([content.render('handoff/leave-confirm')]);
    expect((await w.handoff.queue.get('c1'))?.state).to.equal('agent');
    expect(await events(w)).to.include('leave_asked');
    expect(await events(w)).not.to.include('left');
  });

  it('leaves when the citizen types the command again', async () => {
    const w = world();
    await heldThenUrgent(w);
    await w.citizen('c1').say('retour au robot');

    const answer = await w.citizen('c1').say('retour au robot');

    expect(answer).to.include(content.render('handoff/left'));
    expect((await w.handoff.queue.get('c1'))?.state).to.equal('bot');
  });

  it('does not read a bare "oui" as the confirmation: it may answer the gendarme', async () => {
    const w = world();
    await heldThenUrgent(w);
    await w.citizen('c1').say('retour au robot');

    await w.citizen('c1').say('oui');

    expect((await w.handoff.queue.get('c1'))?.state).to.equal('agent');
  });

  it('asks again once the question is old, still within the 30 min', async () => {
    const w = world();
    await heldThenUrgent(w);
    await w.citizen('c1').say('retour au robot');
    w.clock.advance(15 * MINUTE);

    const answer = await w.citizen('c1').say('retour au robot');

    expect(answer).to.deep.equal([content.render('handoff/leave-confirm')]);
  });

  it('leaves at once 30 min after the emergency, or without one', async () => {
    const late = world();
    await heldThenUrgent(late);
    late.clock.advance(31 * MINUTE);
    const calm = world();
    calm.handoff.presence.set('a1', 'online');
    await calm.citizen('c1').say('gendarme');
    await calm.handoff.service.claim(agent('a1'), 'c1');

    expect(await late.citizen('c1').say('retour au robot'))
      .to.include(content.render('handoff/left'));
    expect(await calm.citizen('c1').say('retour au robot'))
      .to.include(content.render('handoff/left'));
  });
});
