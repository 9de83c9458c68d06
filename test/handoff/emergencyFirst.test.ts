import { expect } from 'chai';
import { ApiFixture } from './apiFixture';
import { agent, world } from './harness';

describe('claiming ahead of waiting emergencies', () => {
  it('refuses a normal conversation while an emergency waits, and says why', async () => {
    const { handoff, citizen } = world();
    await citizen('normal').say('gendarme');
    await citizen('urgent').say('URGENCE');

    const failure = await handoff.service.claim(agent('a1'), 'normal')
      .catch((error: Error) => error);

    expect(failure).to.include({ code: 'emergency_waiting', status: 409 });
    expect(String(failure)).to.match(/1 emergency conversation\(s\) waiting/);
    expect((await handoff.queue.get('normal'))?.state).to.equal('queued');
  });

  it('takes it when the agent confirms with force, and always lets emergencies be taken',
    async () => {
      const { handoff, citizen } = world();
      await citizen('normal').say('gendarme');
      await citizen('urgent').say('URGENCE');
      await citizen('urgent2').say('URGENCE');

      await handoff.service.claim(agent('a1'), 'urgent2');
      await handoff.service.claim(agent('a2'), 'normal', true);

      expect((await handoff.queue.get('urgent2'))?.agentId).to.equal('a1');
      expect((await handoff.queue.get('normal'))?.agentId).to.equal('a2');
    });

  it('applies to a watched bot conversation too', async () => {
    const { handoff, citizen } = world();
    await citizen('c1').say('bonjour');
    await handoff.service.watch(agent('a1'), 'c1', true);
    await citizen('urgent').say('URGENCE');

    const failure = await handoff.service.claim(agent('a1'), 'c1')
      .catch((error: Error) => error);

    expect(failure).to.include({ code: 'emergency_waiting' });
  });

  it('does not count a past emergency, now back with the bot, as one waiting', async () => {
    const { handoff, citizen } = world();
    await citizen('c1').say('URGENCE');
    await handoff.service.claim(agent('a1'), 'c1');
    await handoff.service.close(agent('a1'), 'c1', true);
    await handoff.service.watch(agent('a2'), 'c1', true);
    await citizen('urgent').say('URGENCE');

    const failure = await handoff.service.claim(agent('a2'), 'c1')
      .catch((error: Error) => error);

    expect(failure).to.include({ code: 'emergency_waiting' });
  });

  describe('over HTTP', () => {
    const fx = ApiFixture.use({ signedIn: 'supervisor' });

    beforeEach(async () => {
      await fx.w.citizen('normal').say('gendarme');
      await fx.w.citizen('urgent').say('URGENCE');
    });

    it('answers 409 emergency_waiting, then 200 with force, audited as forced', async () => {
      const refused = await fx.client.call('POST', '/api/agent/conversations/normal/claim');
      const forced = await fx.client.call('POST', '/api/agent/conversations/normal/claim',
        { force: true });
      const audit = await fx.client.call('GET', '/api/agent/audit');

      expect(refused.status).to.equal(409);
      expect(refused.body).to.have.nested.property('error.code', 'emergency_waiting');
      expect(forced.status).to.equal(200);
      const entries: Array<Record<string, unknown>> = Array.isArray(audit.body.entries)
        ? audit.body.entries : [];
      expect(entries.filter((entry) => entry.action === 'claim')
        .map((entry) => [entry.conversationId, entry.detail]))
        .to.deep.equal([['normal', 'forced']]);
    });

    it('refuses a force flag that is not a boolean', async () => {
      const response = await fx.client.call('POST', '/api/agent/conversations/normal/claim',
        { force: 'yes' });

      expect(response.status).to.equal(400);
      expect(response.body).to.deep.equal({ error: { code: 'invalid_request',
        message: 'force must be true or false' } });
    });
  });
});
