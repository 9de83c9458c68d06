import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { ApiFixture, SUPERVISOR_LOGIN } from './apiFixture';
import { agent, world, type World } from './harness';

const content = loadContent();
const MINUTE = 60_000;

/** A citizen held by a1 who writes an URGENCE while held (tester12's F12). */
async function heldThenUrgent(w: World, holder = 'a1'): Promise<void> {
  // the holder's console is open: an emergency to an offline holder would go back to the queue
  w.handoff.presence.set(holder, 'online');
  await w.citizen('c1').say('gendarme');
  await w.handoff.service.claim(agent(holder), 'c1');
  await w.citizen('c1').say('URGENCE il est en bas avec une barre de fer');
}

describe('closing a conversation after an emergency (tester12 F12)', () => {
  it('refuses to close 12 s after an URGENCE without confirmation, and keeps it', async () => {
    const w = world();
    await heldThenUrgent(w);
    w.clock.advance(12_000);

    const failure = await w.handoff.service.close(agent('a1'), 'c1')
      .catch((error: Error) => error);

    expect(failure).to.include({ code: 'emergency_recent', status: 409 });
    expect((await w.handoff.queue.get('c1'))?.state).to.equal('agent');
  });

  it('closes when confirmed, and does not ask the citizen to rate the exchange', async () => {
    const w = world();
    await heldThenUrgent(w);

    await w.handoff.service.close(agent('a1'), 'c1', true);

    const told = w.sender.texts('c1');
    expect(told).to.include(content.render('handoff/closed-emergency'));
    expect(told).not.to.include(content.render('handoff/rating-question'));
    expect((await w.handoff.queue.get('c1'))?.awaitingRating).to.equal(false);
    expect(await w.citizen('c1').say('5')).not.to.include(content.render('handoff/rating-thanks'));
  });

  it('needs no confirmation long after the emergency, still without a rating', async () => {
    const w = world();
    await heldThenUrgent(w);
    w.clock.advance(31 * MINUTE);

    await w.handoff.service.close(agent('a1'), 'c1');

    expect(w.sender.texts('c1')).not.to.include(content.render('handoff/rating-question'));
  });

  it('an emergency claimed from the queue needs the confirmation too', async () => {
    const w = world();
    await w.citizen('c1').say('URGENCE');
    await w.handoff.service.claim(agent('a1'), 'c1');

    const failure = await w.handoff.service.close(agent('a1'), 'c1')
      .catch((error: Error) => error);

    expect(failure).to.include({ code: 'emergency_recent' });
  });

  it('a conversation without emergency closes at once and asks for a rating', async () => {
    const w = world();
    await w.citizen('c1').say('gendarme');
    await w.handoff.service.claim(agent('a1'), 'c1');

    await w.handoff.service.close(agent('a1'), 'c1');

    expect(w.sender.texts('c1')).to.include(content.render('handoff/rating-question'));
  });

  describe('over HTTP', () => {
    const fx = ApiFixture.use({ signedIn: 'supervisor' });

    beforeEach(() => heldThenUrgent(fx.w, SUPERVISOR_LOGIN));

    it('answers 409 emergency_recent, then 200 with confirm, audited as confirmed', async () => {
      const refused = await fx.client.call('POST', '/api/agent/conversations/c1/close');
      const bad = await fx.client.call('POST', '/api/agent/conversations/c1/close',
        { confirm: 'yes' });
      const closed = await fx.client.call('POST', '/api/agent/conversations/c1/close',
        { confirm: true });
      const audit = await fx.client.call('GET', '/api/agent/audit');

      expect(refused.status).to.equal(409);
      expect(refused.body).to.have.nested.property('error.code', 'emergency_recent');
      expect(bad.status).to.equal(400);
      expect(closed.status).to.equal(200);
      const entries: Array<Record<string, unknown>> = Array.isArray(audit.body.entries)
        ? audit.body.entries : [];
      expect(entries.filter((entry) => entry.action === 'close')
        .map((entry) => entry.detail)).to.deep.equal(['confirmed']);
    });
  });
});
