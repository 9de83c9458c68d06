import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { agent, world } from './harness';

const content = loadContent();

describe('handoff queue: order and positions', () => {
  it('serves emergencies first, then by time of entry', async () => {
    const { handoff, citizen, clock } = world();
    handoff.presence.set('a1', 'online');
    for (const id of ['first', 'second']) {
      await citizen(id).say('gendarme');
      clock.advance(1000);
    }
    await citizen('urgent').say('URGENCE');
    clock.advance(1000);
    await citizen('third').say('gendarme');

    const order = (await handoff.queue.queued()).map((conversation) => conversation.id);

    expect(order).to.deep.equal(['urgent', 'first', 'second', 'third']);
  });

  it('keeps one order for citizens queued in the same millisecond, whatever was updated',
    async () => {
      const { handoff, citizen } = world();
      handoff.presence.set('a1', 'online');
      for (const id of ['c-b', 'c-a', 'c-c']) {
        await citizen(id).say('gendarme');
      }
      await citizen('c-a').say('je suis toujours là');
      await citizen('c-b').say('vous êtes là ?');

      const order = (await handoff.queue.queued()).map((conversation) => conversation.id);

      expect(order).to.deep.equal(['c-a', 'c-b', 'c-c']);
    });

  it('keeps the place of a citizen who keeps writing while queued', async () => {
    const { handoff, citizen, clock } = world();
    handoff.presence.set('a1', 'online');
    await citizen('first').say('gendarme');
    clock.advance(1000);
    await citizen('second').say('gendarme');
    clock.advance(1000);

    await citizen('first').say('vous êtes là ?');
    clock.advance(1000);
    await citizen('first').send({ type: 'typing' });
    await citizen('first').say('allô ?');

    const order = (await handoff.queue.queued()).map((conversation) => conversation.id);
    expect(order).to.deep.equal(['first', 'second']);
  });

  it('tells each waiting citizen their new position when someone ahead is served', async () => {
    const { handoff, citizen, sender, clock } = world();
    handoff.presence.set('a1', 'online');
    for (const id of ['c1', 'c2', 'c3']) {
      await citizen(id).say('gendarme');
    }
    // a better place is told at most once a minute after the welcome (see positions spec)
    clock.advance(60_000);

    await handoff.service.claim(agent('a1'), 'c1');

    expect(sender.texts('c2')).to.deep.equal(
      [content.render('handoff/position', { position: 1, minutes: 2 })]);
    expect(sender.texts('c3')).to.deep.equal(
      [content.render('handoff/position', { position: 2, minutes: 4 })]);
  });

  it('never repeats a position to citizens queueing at the same time', async () => {
    const { handoff, citizen, sender } = world();
    handoff.presence.set('a1', 'online');

    const welcomes = await Promise.all(['c1', 'c2', 'c3']
      .map((id) => citizen(id).say('gendarme')));

    expect(welcomes.map((replies) => replies.length)).to.deep.equal([1, 1, 1]);
    expect(sender.sent).to.deep.equal([]);
  });

  it('leaves the first position to the welcome of a citizen being queued', async () => {
    const { handoff, citizen, sender } = world();
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('gendarme');
    // the state between the gate's enqueue and its welcome message
    await handoff.queue.ensure('c2', { conversation: { id: 'c2', isGroup: false,
      conversationType: 'personal', name: '' } });
    await handoff.queue.enqueue('c2', { reason: 'user_request', priority: 'normal' });

    await handoff.service.claim(agent('a1'), 'c1');

    expect(sender.texts('c2')).to.deep.equal([]);
  });

  it('announces each new position once when the queue moves during other requests',
    async () => {
      const { handoff, citizen, sender, clock } = world();
      handoff.presence.set('a1', 'online');
      for (const id of ['c1', 'c2', 'c3']) {
        await citizen(id).say('gendarme');
      }
      clock.advance(60_000);

      await Promise.all([handoff.service.claim(agent('a1'), 'c1'),
        citizen('c4').say('gendarme'), citizen('c5').say('gendarme')]);

      expect(sender.texts('c2')).to.deep.equal(
        [content.render('handoff/position', { position: 1, minutes: 2 })]);
      expect(sender.texts('c3')).to.deep.equal(
        [content.render('handoff/position', { position: 2, minutes: 4 })]);
    });

  it('estimates the wait from recent waits once conversations have been served', async () => {
    const { handoff, citizen, clock } = world();
    handoff.presence.set('a1', 'online');
    handoff.presence.set('a2', 'online');
    await citizen('c1').say('gendarme');
    clock.advance(10 * 60_000);
    await handoff.service.claim(agent('a1'), 'c1');

    const replies = await citizen('c2').say('gendarme');

    expect(replies[0]).to.equal(content.render('handoff/queued', { position: 1, minutes: 10 }));
  });

  it('counts everyone ahead, emergencies included, even when the last ones were taken at once',
    async () => {
      const { handoff, citizen } = world({ options: { maxWaitMinutes: 60 } });
      handoff.presence.set('a1', 'online');
      await citizen('served').say('gendarme');
      await handoff.service.claim(agent('a1'), 'served');
      for (let index = 0; index < 7; index += 1) {
        await citizen(`urgent${index}`).say('URGENCE');
      }

      const replies = await citizen('c1').say('gendarme');

      // 7 emergencies at 4 min at least each, then one place at 2 min at least
      expect(replies[0]).to.equal(content.render('handoff/queued', { position: 8, minutes: 30 }));
    });
});

describe('handoff queue: atomic claim', () => {
  it('gives a conversation to exactly one of two agents claiming at once', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    handoff.presence.set('a2', 'online');
    await citizen('c1').say('gendarme');

    const results = await Promise.allSettled([
      handoff.service.claim(agent('a1'), 'c1'),
      handoff.service.claim(agent('a2'), 'c1'),
    ]);

    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).to.have.length(1);
    expect(lost).to.have.length(1);
    expect(String((lost[0] as PromiseRejectedResult).reason)).to.match(/already taken/);
    const winner = (won[0] as PromiseFulfilledResult<{ agentId: string }>).value.agentId;
    expect((await handoff.queue.get('c1'))?.agentId).to.equal(winner);
  });

  it('never lets a cancelled conversation be claimed', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('gendarme');
    await citizen('c1').say('annuler');

    const failure = await handoff.service.claim(agent('a1'), 'c1').catch((error: Error) => error);

    expect(String(failure)).to.match(/not waiting for an agent/);
    expect((await handoff.queue.get('c1'))?.state).to.equal('bot');
  });

  it('lets an agent take a bot conversation they are watching', async () => {
    const { handoff, citizen, sender } = world();
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('bonjour');
    await handoff.service.watch(agent('a1'), 'c1', true);

    await handoff.service.claim(agent('a1'), 'c1');

    expect((await handoff.queue.get('c1'))?.state).to.equal('agent');
    expect(sender.texts('c1')).to.deep.equal([content.render('handoff/agent-joined')]);
  });

  it('refuses a claim beyond the per-agent limit of open conversations', async () => {
    const { handoff, citizen } = world({ options: { maxOpenPerAgent: 1 } });
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('gendarme');
    await citizen('c2').say('gendarme');
    await handoff.service.claim(agent('a1'), 'c1');

    const failure = await handoff.service.claim(agent('a1'), 'c2').catch((error: Error) => error);

    expect(String(failure)).to.match(/at most 1 open conversations/);
    expect((await handoff.queue.get('c2'))?.state).to.equal('queued');
  });
});
