import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { agent, world, type World } from './harness';

const content = loadContent();

async function withAgent(w: World, id = 'c1') {
  w.handoff.presence.set('a1', 'online');
  const camille = w.citizen(id);
  await camille.say('gendarme');
  await w.handoff.service.claim(agent('a1'), id);
  return camille;
}

describe('agent service: talking to the citizen', () => {
  it('relays the agent reply to the citizen as typed, marked as from an agent', async () => {
    const w = world();
    await withAgent(w);

    await w.handoff.service.reply(agent('a1'), 'c1', 'Bonjour, <b>je</b> vous écoute.');

    const last = w.sender.sent[w.sender.sent.length - 1];
    expect(last.conversationId).to.equal('c1');
    expect(last.activity.text).to.equal('Bonjour, <b>je</b> vous écoute.');
    expect(last.activity.channelData).to.deep.equal({ brigadeHandoff: 'agent' });
  });

  it('sends the agent typing indicator to the citizen', async () => {
    const w = world();
    await withAgent(w);

    await w.handoff.service.typing(agent('a1'), 'c1');

    expect(w.sender.sent[w.sender.sent.length - 1].activity.type).to.equal('typing');
  });

  it('sends canned replies from the French templates and refuses unknown ones', async () => {
    const w = world();
    await withAgent(w);

    await w.handoff.service.replyCanned(agent('a1'), 'c1', 'bonjour');
    const unknown = await w.handoff.service.replyCanned(agent('a1'), 'c1', '../queued')
      .catch((error: Error) => error);

    expect(w.sender.texts('c1').pop()).to.equal(content.render('handoff/canned/bonjour'));
    expect(String(unknown)).to.match(/unknown canned reply/);
  });

  it('keeps internal notes away from the citizen', async () => {
    const w = world();
    await withAgent(w);
    const before = w.sender.sent.length;

    await w.handoff.service.note(agent('a1'), 'c1', 'victime fragile, rappeler');

    expect(w.sender.sent.length).to.equal(before);
    const notes = (await w.handoff.transcript.list('c1', true)).filter((e) => e.kind === 'note');
    expect(notes.map((note) => note.text)).to.deep.equal(['victime fragile, rappeler']);
    expect((await w.handoff.transcript.list('c1', false)).some((e) => e.kind === 'note'))
      .to.equal(false);
  });

  it('refuses replies from an agent who does not hold the conversation', async () => {
    const w = world();
    await withAgent(w);

    const failure = await w.handoff.service.reply(agent('a2'), 'c1', 'hello')
      .catch((error: Error) => error);

    expect(String(failure)).to.match(/another agent/);
  });

  it('refuses empty and oversized replies with a clear error', async () => {
    const w = world();
    await withAgent(w);

    const empty = await w.handoff.service.reply(agent('a1'), 'c1', '  ').catch((e: Error) => e);
    const huge = await w.handoff.service.reply(agent('a1'), 'c1', 'x'.repeat(4001))
      .catch((e: Error) => e);
    const wrong = await w.handoff.service.reply(agent('a1'), 'c1', 42).catch((e: Error) => e);

    expect(String(empty)).to.match(/non-empty string/);
    expect(String(huge)).to.match(/at most 4000 characters/);
    expect(String(wrong)).to.match(/non-empty string/);
  });

  it('refuses replies and notes made only of control or invisible characters', async () => {
    const w = world();
    await withAgent(w);
    const sentBefore = w.sender.sent.length;

    const blank = await w.handoff.service.reply(agent('a1'), 'c1', '\u0000\u0007  ')
      .catch((e: Error) => e);
    const hidden = await w.handoff.service.reply(agent('a1'), 'c1', '\u200b\u00ad\u202e\t')
      .catch((e: Error) => e);
    const note = await w.handoff.service.note(agent('a1'), 'c1', '\u001b[31m\u0000')
      .catch((e: Error) => e);

    for (const refused of [blank, hidden, note]) {
      expect(refused).to.be.instanceOf(Error);
      expect(String(refused)).to.match(/non-empty string/);
    }
    expect(w.sender.sent).to.have.length(sentBefore);
  });

  it('sends and keeps only what can be seen of a reply', async () => {
    const w = world();
    await withAgent(w);

    const entry = await w.handoff.service.reply(agent('a1'), 'c1',
      'Bon\u200bjour\u0007, je\u202e vous écoute.\nÀ tout de suite.');

    const last = w.sender.sent[w.sender.sent.length - 1];
    expect(last.activity.text).to.equal('Bonjour, je vous écoute.\nÀ tout de suite.');
    expect(entry.text).to.equal('Bonjour, je vous écoute.\nÀ tout de suite.');
  });
});

describe('agent service: transcript', () => {
  it('keeps every turn in order: bot answers, the emergency answer, user, agent', async () => {
    const w = world();
    w.handoff.presence.set('a1', 'online');
    const camille = w.citizen('c1');
    await camille.say('bonjour');
    await camille.say('gendarme');
    await w.handoff.service.claim(agent('a1'), 'c1');
    await camille.say('URGENCE il revient');
    await w.handoff.service.reply(agent('a1'), 'c1', 'Restez en ligne.');

    const lines = (await w.handoff.transcript.list('c1', false))
      .filter((entry) => entry.kind === 'message').map((entry) => `${entry.from}: ${entry.text}`);

    expect(lines).to.deep.equal([
      'user: bonjour',
      'bot: [bot] réponse du robot',
      'user: gendarme',
      `bot: ${content.render('handoff/queued', { position: 1, minutes: 4 })}`,
      'user: URGENCE il revient',
      'bot: [urgence] Appelez le 17.',
      'agent: Restez en ligne.',
    ]);
  });

  it('shows the agent what the bot collected before the handoff', async () => {
    const w = world();
    await withAgent(w);

    expect((await w.handoff.queue.get('c1'))?.collected).to.deep.equal({ lieu: 'Lyon' });
  });
});

describe('agent service: transfer and close', () => {
  it('transfers to another online agent, who can then reply', async () => {
    const w = world();
    await withAgent(w);
    w.handoff.presence.set('a2', 'online');

    await w.handoff.service.transfer(agent('a1'), 'c1', 'a2');
    await w.handoff.service.reply(agent('a2'), 'c1', 'Je prends le relais.');

    expect((await w.handoff.queue.get('c1'))?.agentId).to.equal('a2');
    const refused = await w.handoff.service.reply(agent('a1'), 'c1', 'x').catch((e: Error) => e);
    expect(String(refused)).to.match(/another agent/);
  });

  it('refuses a transfer to an offline agent', async () => {
    const w = world();
    await withAgent(w);

    const failure = await w.handoff.service.transfer(agent('a1'), 'c1', 'a9')
      .catch((e: Error) => e);

    expect(String(failure)).to.match(/offline/);
  });

  it('lets a supervisor close a conversation held by an agent, but not a peer', async () => {
    const w = world();
    await withAgent(w);

    const peer = await w.handoff.service.close(agent('a2'), 'c1').catch((e: Error) => e);
    await w.handoff.service.close(agent('chef', 'supervisor'), 'c1');

    expect(String(peer)).to.match(/another agent/);
    expect((await w.handoff.queue.get('c1'))?.state).to.equal('bot');
  });
});

describe('agent service: transcript without the middleware', () => {
  it('still records the user and the bot from the gate onwards', async () => {
    const w = world();
    const camille = w.citizen('c1', true);
    await camille.say('bonjour');

    const lines = (await w.handoff.transcript.list('c1', false))
      .map((entry) => `${entry.from}: ${entry.text}`);

    expect(lines).to.deep.equal(['user: bonjour', 'bot: [bot] réponse du robot']);
  });
});

describe('handoff protocol events', () => {
  it('emits handoff.initiate with the transcript attached when queueing', async () => {
    const w = world();
    const camille = w.citizen('c1');
    await camille.say('bonjour');

    const replies = await camille.send({ type: 'message', text: 'gendarme' });

    const initiate = replies.find((reply) => reply.name === 'handoff.initiate');
    expect(initiate?.type).to.equal('event');
    expect(initiate?.value).to.deep.include({ reason: 'user_request', priority: 'normal' });
    const transcript: { activities: Activity[] } = initiate?.attachments?.[0]?.content;
    expect(transcript.activities.map((activity) => activity.text).slice(0, 4)).to.deep.equal(
      ['bonjour', '[bot] réponse du robot', 'gendarme',
        content.render('handoff/queued-no-agent', { position: 1 })]);
    expect(transcript.activities.map((activity) => activity.from.role)).to.deep.equal(
      ['user', 'bot', 'user', 'bot']);
  });

  it('never sends the transcript to an untrusted channel\'s connector (a social network)',
    async () => {
      const w = world();
      const camille = w.citizenOn('facebook', 'c1');
      await camille.say('mon numéro : 06 12 34 56 78');

      const replies = await camille.send({ type: 'message', text: 'gendarme' });

      expect(replies.map((reply) => reply.type)).to.deep.equal(['message']);
      expect(JSON.stringify(replies)).not.to.contain('06 12 34 56 78');
      expect((await w.handoff.queue.get('c1'))?.state).to.equal('queued');
    });

  it('does not emit protocol events when switched off', async () => {
    const w = world({ options: { emitProtocolEvents: false } });

    const replies = await w.citizen('c1').send({ type: 'message', text: 'gendarme' });

    expect(replies.some((reply) => reply.type === 'event')).to.equal(false);
  });

  const status = (state: string): Partial<Activity> =>
    ({ type: 'event', name: 'handoff.status', value: { state } });

  it('accepted: an external contact centre takes the queued conversation', async () => {
    const w = world();
    const camille = w.citizen('c1');
    await camille.say('gendarme');

    await camille.send(status('accepted'));

    const conversation = await w.handoff.queue.get('c1');
    expect([conversation?.state, conversation?.external]).to.deep.equal(['agent', true]);
    expect(await camille.say('bonjour')).to.deep.equal([]);
  });

  it('failed: back to the bot, and the citizen is told', async () => {
    const w = world();
    const camille = w.citizen('c1');
    await camille.say('gendarme');

    const replies = await camille.send(status('failed'));

    expect(replies.map((reply) => reply.text)).to.deep.equal([content.render('handoff/failed')]);
    expect(await camille.say('bonjour')).to.deep.equal(['[bot] réponse du robot']);
  });

  it('completed: back to the bot, which asks for a rating', async () => {
    const w = world();
    const camille = w.citizen('c1');
    await camille.say('gendarme');
    await camille.send(status('accepted'));

    const replies = await camille.send(status('completed'));

    expect(replies.map((reply) => reply.text)).to.deep.equal([content.render('handoff/closed'),
      content.render('handoff/rating-question')]);
    expect(await camille.say('5')).to.deep.equal([content.render('handoff/rating-thanks')]);
  });

  it('ignores status events from untrusted channels and malformed ones', async () => {
    const w = world({ trustedStatusChannels: ['omnichannel'] });
    const camille = w.citizen('c1');
    await camille.say('gendarme');

    await camille.send(status('accepted'));
    const trusted = world();
    await trusted.citizen('c1').say('gendarme');
    await trusted.citizen('c1').send(status('bogus'));

    expect((await w.handoff.queue.get('c1'))?.state).to.equal('queued');
    expect((await trusted.handoff.queue.get('c1'))?.state).to.equal('queued');
  });
});
