import { expect } from 'chai';
import sinon from 'sinon';
import type { Activity } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { DirectLineClient, request, type StreamReader } from '../helpers/directLineClient';
import { AgentClient } from '../handoff/server';
import {
  ConsoleFeed, startTwoInstances, until, type Instance, type TwoInstances,
} from './instances';

const PASSWORD = 'correct horse battery staple';
const content = loadContent();

/**
 * Two instances behind a load balancer, shown in one process: two servers on two loopback
 * ports sharing ONE embedded store, whose change feed is in-process. That is what makes
 * this showable here, and also its limit: the embedded store belongs to one process, so
 * real separate processes (or machines) need MongoDB, and a replica set (even of one
 * member) for its change streams, which carry the Direct Line activities, the agents'
 * events and presence from one instance to the others. The turn leases need MongoDB only
 * to be shared, not a replica set.
 */
describe('two instances sharing one store', function () {
  this.timeout(15_000);
  let cluster: TwoInstances;

  beforeEach(async () => {
    cluster = await startTwoInstances();
  });

  afterEach(() => {
    sinon.restore();
    return cluster.stop();
  });

  /** Posts a citizen's message through `instance` (the load balancer chose it). */
  async function postVia(instance: Instance, citizen: DirectLineClient, text: string):
  Promise<void> {
    const answer = await request(instance.url, 'POST', citizen.path('/activities'), {
      token: citizen.token, body: { type: 'message', text },
    });
    expect(answer.status).to.equal(200);
  }

  function texts(stream: StreamReader): string[] {
    return stream.activities.map((activity: Activity) => activity.text ?? '');
  }

  function ids(stream: StreamReader): string[] {
    return stream.activities.map((activity: Activity) => activity.id ?? '');
  }

  it('carries the bot reply of a message posted on B to the stream held by A, once, in order',
    async () => {
      const citizen = await DirectLineClient.start(cluster.a.url);
      const stream = await citizen.stream();

      await postVia(cluster.b, citizen, 'bonjour');
      await stream.waitFor((activity) => activity.text === 'tour 1 (B)');
      await postVia(cluster.a, citizen, 'encore');
      await stream.waitFor((activity) => activity.text === 'tour 2 (A)');
      await postVia(cluster.b, citizen, 'et encore');
      await stream.waitFor((activity) => activity.text === 'tour 3 (B)');

      expect(texts(stream)).to.deep.equal([
        'bonjour', 'tour 1 (B)', 'encore', 'tour 2 (A)', 'et encore', 'tour 3 (B)',
      ]);
      expect(ids(stream)).to.deep.equal([...ids(stream)].sort());
      const read = await citizen.activities();
      expect(read.body.activities.map((activity) => activity.id)).to.deep.equal(ids(stream));
    });

  it('follows the store with one subscription per instance, whatever the number of sockets',
    async () => {
      const citizens = await Promise.all(
        [1, 2, 3].map(() => DirectLineClient.start(cluster.a.url)));
      const streams = await Promise.all(citizens.map((citizen) => citizen.stream()));

      await postVia(cluster.b, citizens[2], 'bonjour');
      await streams[2].waitFor((activity) => activity.text === 'tour 1 (B)');

      expect(cluster.subscriptions.get('directline_activities')).to.equal(2);
      expect(texts(streams[0])).to.deep.equal([]);
    });

  it('runs a turn on B only once the turn of the same conversation on A is over',
    async () => {
      const citizen = await DirectLineClient.start(cluster.a.url);
      const stream = await citizen.stream();
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => { release = resolve; });
      cluster.probe.hold = { text: 'un', release: released };
      const leaseTries = sinon.spy(cluster.b.cluster!.leases, 'acquire');

      await postVia(cluster.a, citizen, 'un');
      await until(() => cluster.probe.read.includes('A:un'));
      await postVia(cluster.b, citizen, 'deux');
      // B's turn either waits for the lease (right) or has read the state A has not saved yet
      await until(() => cluster.probe.read.includes('B:deux') || leaseTries.called);
      if (leaseTries.called) {
        expect(await leaseTries.lastCall.returnValue).to.equal(undefined);
      }
      release();
      await stream.waitForCount(4);
      await Promise.all([cluster.a.directLine.whenIdle(), cluster.b.directLine.whenIdle()]);

      expect(texts(stream)).to.deep.equal(['un', 'deux', 'tour 1 (A)', 'tour 2 (B)']);
      expect(await cluster.database.collection({ name: 'leases', ttlField: 'expiresAt' })
        .count({})).to.equal(0);
    });

  it('lets a citizen on A and a gendarme on B talk both ways, then hands back to the bot',
    async () => {
      const agentAccount = await cluster.a.handoff.accounts.create('g.martin', 'agent', PASSWORD);
      const agent = new AgentClient(cluster.b.url);
      await agent.signIn('g.martin', PASSWORD);
      const console = await ConsoleFeed.open(cluster.b.url, agent.cookie);
      // B wrote the presence; A learns it from the store before the citizen asks
      await until(() => cluster.a.handoff.presence.get(agentAccount.id) === 'online');
      const citizen = await DirectLineClient.start(cluster.a.url);
      const stream = await citizen.stream();
      const conversation = `/api/agent/conversations/${encodeURIComponent(citizen.conversationId)}`;

      await postVia(cluster.a, citizen, 'je veux parler à un gendarme');
      await stream.waitFor((activity) => activity.text === content.render('handoff/queued',
        { position: 1, minutes: 4 }));
      await console.waitFor((event) => event.type === 'queue');
      const claim = await agent.call('POST', `${conversation}/claim`);
      await agent.call('POST', `${conversation}/messages`, { text: 'Bonjour, gendarme Martin.' });
      await stream.waitFor((activity) => activity.text === 'Bonjour, gendarme Martin.');
      await postVia(cluster.a, citizen, 'on m\'a volé mon vélo');
      const entry = await console.waitFor((event) => event.type === 'entry'
        && JSON.stringify(event.entry).includes('volé mon vélo'));
      await agent.call('POST', `${conversation}/close`);
      await stream.waitFor((activity) => activity.text === content.render('handoff/closed'));
      console.close();

      expect(claim.status).to.equal(200);
      expect(entry.conversationId).to.equal(citizen.conversationId);
      expect(texts(stream)).to.deep.equal([
        'je veux parler à un gendarme',
        content.render('handoff/queued', { position: 1, minutes: 4 }),
        content.render('handoff/agent-joined'),
        'Bonjour, gendarme Martin.',
        'on m\'a volé mon vélo',
        content.render('handoff/closed'),
      ].concat(texts(stream).slice(6)));
      expect(new Set(ids(stream)).size).to.equal(ids(stream).length);
    });
});
