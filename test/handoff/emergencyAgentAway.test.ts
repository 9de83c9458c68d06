import { expect } from 'chai';
import { TurnContext } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { agent, world, type World } from './harness';

const content = loadContent();

/** c1 is with gendarme a1, whose console then closes (or who signed out). */
async function heldByOfflineAgent(): Promise<World> {
  const setup = world();
  setup.handoff.presence.set('a1', 'online');
  await setup.citizen('c1').say('gendarme');
  await setup.handoff.service.claim(agent('a1'), 'c1');
  setup.handoff.presence.set('a1', 'offline');
  return setup;
}

async function holderSeenBy(w: World, id: string): Promise<string | undefined> {
  let holder: string | undefined;
  await w.citizen(id).turn(async (context: TurnContext) => {
    holder = await w.handoff.gate.holder(context);
  });
  return holder;
}

describe('handoff: an emergency written to a gendarme who is offline (tester14 F0)', () => {
  it('goes back to the queue at once, first, and says no gendarme is connected', async () => {
    const { handoff, citizen } = await heldByOfflineAgent();

    const replies = await citizen('c1').say('URGENCE il tape dans la porte');

    expect(await handoff.queue.get('c1'))
      .to.include({ state: 'queued', agentId: '', priority: 'emergency' });
    expect(replies).to.include(content.render('handoff/agent-away-emergency',
      { noAgent: true }));
    expect(replies.join('\n')).not.to.match(/en est averti/);
  });

  it('can be taken by any gendarme online, told that one will read it', async () => {
    const { handoff, citizen } = await heldByOfflineAgent();
    handoff.presence.set('a2', 'online');
    await citizen('c2').say('gendarme');

    const replies = await citizen('c1').say('URGENCE');
    await handoff.service.claim(agent('a2'), 'c1');

    expect(replies).to.include(content.render('handoff/agent-away-emergency',
      { noAgent: false }));
    expect(await handoff.queue.get('c1')).to.include({ state: 'agent', agentId: 'a2' });
  });

  it('is requeued even when the conversation was already an emergency', async () => {
    const setup = world();
    setup.handoff.presence.set('a1', 'online');
    await setup.citizen('c1').say('URGENCE');
    await setup.handoff.service.claim(agent('a1'), 'c1');
    setup.handoff.presence.set('a1', 'offline');

    await setup.citizen('c1').say('au secours il revient');

    expect((await setup.handoff.queue.queued()).map((queued) => queued.id))
      .to.deep.equal(['c1']);
  });

  it('does not tell the bot a gendarme holds it while he is offline', async () => {
    const w = await heldByOfflineAgent();

    const offline = await holderSeenBy(w, 'c1');
    w.handoff.presence.set('a1', 'online');
    const online = await holderSeenBy(w, 'c1');

    expect(offline).to.equal('queued');
    expect(online).to.equal('agent');
  });

  it('stays with the gendarme who is online, raised to emergency', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('gendarme');
    await handoff.service.claim(agent('a1'), 'c1');

    await citizen('c1').say('URGENCE');

    expect(await handoff.queue.get('c1'))
      .to.include({ state: 'agent', agentId: 'a1', priority: 'emergency' });
  });
});
