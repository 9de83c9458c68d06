import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase, type Database } from '../../storage';
import { agent, world, type World } from './harness';

/** The same behaviours on the real embedded engine: its compare-and-set makes the claim atomic. */
describe('handoff on the embedded storage engine', () => {
  let dir: string;
  let database: Database;
  let w: World;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'handoff-'));
    database = await openDatabase({ dataDir: dir });
    w = world({ database });
    w.handoff.presence.set('a1', 'online');
    w.handoff.presence.set('a2', 'online');
  });

  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a conversation to exactly one of many agents racing for it', async () => {
    await w.citizen('c1').say('gendarme');
    const agents = ['a1', 'a2', 'a3', 'a4'].map((id) => agent(id));

    const results = await Promise.allSettled(agents.map((a) => w.handoff.service.claim(a, 'c1')));

    expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(1);
    const holder = (await w.handoff.queue.get('c1'))?.agentId;
    expect(agents.map((a) => a.agentId)).to.include(holder);
  });

  it('keeps queue order, transcript order and sessions across the engine', async () => {
    await w.citizen('c1').say('gendarme');
    w.clock.advance(1000);
    await w.citizen('c2').say('URGENCE');
    await w.handoff.accounts.create('g.martin', 'agent', 'correct horse battery staple');
    const { token } = await w.handoff.authenticator.signIn('g.martin',
      'correct horse battery staple', 'ip');
    await w.handoff.audit.record(agent('g.martin'), 'sign-in');

    const order = (await w.handoff.queue.queued()).map((conversation) => conversation.id);
    const principal = await w.handoff.authenticator.authenticate(
      { headers: { cookie: `bn_agent=${token}` } });
    const audit = await w.handoff.audit.recent(10);

    expect(order).to.deep.equal(['c2', 'c1']);
    expect(principal?.agentId).to.equal('g.martin');
    expect(audit.map((entry) => entry.action)).to.deep.equal(['sign-in']);
    const turns = (await w.handoff.transcript.list('c1', false)).map((e) => `${e.kind}:${e.from}`);
    expect(turns.slice(0, 3)).to.deep.equal(['message:user', 'event:system', 'message:bot']);
  });
});
