import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { MemoryDatabase } from '../helpers/memoryCollection';
import { agent, world, type World } from './harness';

const content = loadContent();
const AWAY = content.render('handoff/agent-away');
const GRACE_MS = 120_000;

interface AwayWorld extends World {
  /** Runs the timers the handoff part set, and lets what they started finish. */
  runTimers(): Promise<void>;
}

function awayWorld(database = new MemoryDatabase()): AwayWorld {
  const tasks: Array<() => void> = [];
  const setup = world({ database, schedule: (run) => tasks.push(run) });
  return { ...setup, database, async runTimers() {
    for (const run of tasks.splice(0)) {
      run();
    }
    for (let tick = 0; tick < 10; tick += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  } };
}

/** c1 is with gendarme a1, whose console then closes. */
async function heldByOfflineAgent(): Promise<AwayWorld> {
  const setup = awayWorld();
  setup.handoff.presence.set('a1', 'online');
  await setup.citizen('c1').say('gendarme');
  await setup.handoff.service.claim(agent('a1'), 'c1');
  setup.handoff.presence.set('a1', 'offline');
  setup.sender.sent.splice(0);
  return setup;
}

function buttons(activity: Partial<Activity> | undefined): string[] {
  return (activity?.suggestedActions?.actions ?? []).map((action) => String(action.value));
}

describe('handoff: the gendarme holding the conversation is offline', () => {
  it('tells the citizen after the grace period, even if they write nothing more', async () => {
    const { citizen, sender, clock, runTimers } = await heldByOfflineAgent();

    const atOnce = await citizen('c1').say('vous etes toujours la ?');
    clock.advance(GRACE_MS);
    await runTimers();

    expect(atOnce).to.deep.equal([]);
    expect(sender.texts('c1')).to.deep.equal([AWAY]);
    expect(buttons(sender.sent[0]?.activity))
      .to.deep.equal(['retourner dans la file', 'retour au robot']);
  });

  it('answers a message written after the grace period, once, not each message', async () => {
    const { citizen, clock } = await heldByOfflineAgent();
    await citizen('c1').say('allo ?');
    clock.advance(GRACE_MS);

    const first = await citizen('c1').say('il y a quelqu un ?');
    const second = await citizen('c1').say('bon');

    expect(first).to.deep.equal([AWAY]);
    expect(second).to.deep.equal([]);
  });

  it('puts the citizen back in the queue, at their first place, when they ask', async () => {
    const { handoff, citizen, clock } = await heldByOfflineAgent();
    handoff.presence.set('a2', 'online');
    clock.advance(1000);
    await citizen('c2').say('gendarme');
    await citizen('c1').say('allo ?');
    clock.advance(GRACE_MS);
    await citizen('c1').say('allo ?');

    const replies = await citizen('c1').say('Retourner dans la file');

    const conversation = await handoff.queue.get('c1');
    expect(conversation).to.include({ state: 'queued', agentId: '' });
    expect((await handoff.queue.queued()).map((queued) => queued.id)).to.deep.equal(['c1', 'c2']);
    expect(replies).to.deep.equal([content.render('handoff/queued',
      { position: 1, minutes: 2 })]);
  });

  it('gives the citizen back to the assistant with "retour au robot"', async () => {
    const { handoff, citizen, clock } = await heldByOfflineAgent();
    await citizen('c1').say('allo ?');
    clock.advance(GRACE_MS);
    await citizen('c1').say('allo ?');

    const replies = await citizen('c1').say('retour au robot');

    expect(replies).to.deep.equal([content.render('handoff/left')]);
    expect((await handoff.queue.get('c1'))?.state).to.equal('bot');
  });

  it('says nothing when the console comes back within the grace period', async () => {
    const { handoff, citizen, sender, clock, runTimers } = await heldByOfflineAgent();
    await citizen('c1').say('vous etes toujours la ?');

    handoff.presence.set('a1', 'online');
    clock.advance(GRACE_MS);
    await runTimers();
    const later = await citizen('c1').say('merci');

    expect(sender.texts('c1')).to.deep.equal([]);
    expect(later).to.deep.equal([]);
  });

  it('never lets "retourner dans la file" take a conversation from an agent online', async () => {
    const { handoff, citizen } = await heldByOfflineAgent();
    handoff.presence.set('a1', 'online');

    await citizen('c1').say('retourner dans la file');

    expect(await handoff.queue.get('c1')).to.include({ state: 'agent', agentId: 'a1' });
  });

  it('never says the gendarme is still online when asked again while they are not',
    async () => {
      const { handoff, citizen } = await heldByOfflineAgent();
      const askAgain = async (): Promise<string[]> => (await citizen('c1').turn(
        (context) => handoff.gate.request(context, 'user_request', 'normal')))
        .map((activity) => activity.text ?? '');

      const offline = await askAgain();
      handoff.presence.set('a1', 'online');
      const online = await askAgain();

      expect(offline).to.deep.equal([AWAY]);
      expect(online).to.deep.equal([content.render('handoff/with-agent')]);
    });

  it('tells the citizen after a restart, when the console was not reopened', async () => {
    const database = new MemoryDatabase();
    const before = awayWorld(database);
    before.handoff.presence.set('a1', 'online');
    await before.citizen('c1').say('gendarme');
    await before.handoff.service.claim(agent('a1'), 'c1');
    before.handoff.close();

    const after = awayWorld(database);
    await after.citizen('c1').say('vous etes toujours la ?');
    after.clock.advance(GRACE_MS);
    await after.runTimers();

    expect(after.sender.texts('c1')).to.deep.equal([AWAY]);
  });
});
