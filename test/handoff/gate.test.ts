import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { agent, understand, world } from './harness';

const content = loadContent();
const say = (key: string, data: Record<string, unknown> = {}) => content.render(key, data);

describe('handoff gate: routing by conversation state', () => {
  it('lets the bot answer while the conversation is with the bot', async () => {
    const { citizen } = world();

    const replies = await citizen('c1').say('bonjour');

    expect(replies).to.deep.equal(['[bot] réponse du robot']);
  });

  it('queues on request and tells the position and estimated wait', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');

    const replies = await citizen('c1').say('je veux parler à un gendarme');

    expect(replies).to.deep.equal([say('handoff/queued', { position: 1, minutes: 4 })]);
    expect((await handoff.queue.get('c1'))?.state).to.equal('queued');
  });

  it('shows agents the last topic the citizen talked about when none is given', async () => {
    const { handoff, citizen } = world();
    const camille = citizen('c1');
    await camille.turn((turn) => handoff.gate.intercept(turn,
      { ...understand('on m\'a volé mon vélo'), topic: 'vol' }).then(() => undefined));

    await camille.turn((turn) => handoff.gate.request(turn, 'not_understood', 'normal'));

    expect((await handoff.queue.get('c1'))?.topic).to.equal('vol');
  });

  it('keeps the bot silent while queued and relays the message to the transcript', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');

    const replies = await camille.say('mon vélo a été volé hier');

    expect(replies).to.deep.equal([]);
    const texts = (await handoff.transcript.list('c1', false)).map((entry) => entry.text);
    expect(texts).to.include('mon vélo a été volé hier');
  });

  it('lets the bot answer after an emergency queued the conversation, still relaying it',
    async () => {
      const { handoff, citizen } = world();
      handoff.presence.set('a1', 'online');
      const camille = citizen('c1');
      await camille.turn((turn) => handoff.gate.request(turn, 'emergency', 'emergency'));

      const replies = await camille.say("fausse alerte, je voulais savoir pour le constat");

      expect(replies).to.deep.equal(['[bot] réponse du robot']);
      expect((await handoff.queue.get('c1'))?.state).to.equal('queued');
      const texts = (await handoff.transcript.list('c1', false)).map((entry) => entry.text);
      expect(texts).to.include("fausse alerte, je voulais savoir pour le constat");
    });

  it('keeps the bot silent while with an agent: the agent gets the message', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');
    await handoff.service.claim(agent('a1'), 'c1');
    const seen: string[] = [];
    handoff.events.subscribe((event) => {
      if (event.type === 'entry') {
        seen.push(event.entry.text);
      }
    });

    const replies = await camille.say('bonjour monsieur');

    expect(replies).to.deep.equal([]);
    expect(seen).to.deep.equal(['bonjour monsieur']);
  });

  it('answers a second request with the current place instead of queueing twice', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');

    const replies = await camille.turn((context) =>
      handoff.gate.request(context, 'user_request', 'normal'));

    expect(await handoff.queue.queued()).to.have.length(1);
    expect(replies.map((reply) => reply.text)).to.deep.equal(
      [say('handoff/already-queued', { position: 1, minutes: 4 })]);
  });
});

describe('handoff gate: the citizen leaves', () => {
  it('cancels while queued with "annuler", is told so, and agents see it', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');
    const causes: string[] = [];
    handoff.events.subscribe((event) => event.type === 'state' && causes.push(event.cause));

    const replies = await camille.say('Annuler !');

    expect(replies).to.deep.equal([say('handoff/cancelled')]);
    expect(await handoff.queue.queued()).to.deep.equal([]);
    expect(causes).to.include('cancelled');
    expect(await camille.say('bonjour')).to.deep.equal(['[bot] réponse du robot']);
  });

  it('leaves an agent with "retour au robot"; the agent is told', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');
    await handoff.service.claim(agent('a1'), 'c1');
    const told: Array<{ cause: string; agentId: string }> = [];
    handoff.events.subscribe((event) => event.type === 'state'
      && told.push({ cause: event.cause, agentId: event.agentId }));

    const replies = await camille.say('retour au robot');

    expect(replies).to.deep.equal([say('handoff/left')]);
    expect(told).to.deep.equal([{ cause: 'left', agentId: 'a1' }]);
    const events = (await handoff.transcript.list('c1', false)).filter((e) => e.kind === 'event');
    expect(events.map((entry) => entry.text)).to.include('left');
    expect(await camille.say('bonjour')).to.deep.equal(['[bot] réponse du robot']);
  });

  it('understands either command in either state', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const waiting = citizen('c1');
    const talking = citizen('c2');
    await waiting.say('gendarme');
    await talking.say('gendarme');
    await handoff.service.claim(agent('a1'), 'c2');

    expect(await waiting.say('Retour au robot')).to.deep.equal([say('handoff/cancelled')]);
    expect(await talking.say('annuler')).to.deep.equal([say('handoff/left')]);
  });

  it('does not treat "annuler" as a command when it is only part of a sentence', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');

    await camille.say('je voudrais annuler ma carte bancaire volée');

    expect((await handoff.queue.get('c1'))?.state).to.equal('queued');
  });
});

describe('handoff gate: emergencies during a handoff', () => {
  it('puts an emergency ahead of earlier normal requests, keeping the triage answer', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('gendarme');
    const camille = citizen('c2');
    await camille.say('gendarme');

    const replies = await camille.say('URGENCE il est devant ma porte');

    expect(replies[0]).to.equal('[urgence] Appelez le 17.');
    expect(replies).to.include(say('handoff/priority-raised'));
    expect((await handoff.queue.queued()).map((c) => c.id)).to.deep.equal(['c2', 'c1']);
  });

  it('alerts the agent in charge when the citizen reports an emergency', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');
    await handoff.service.claim(agent('a1'), 'c1');
    const causes: string[] = [];
    handoff.events.subscribe((event) => event.type === 'state' && causes.push(event.cause));

    await camille.say('au secours il revient');

    expect(causes).to.deep.equal(['emergency']);
    expect((await handoff.queue.get('c1'))?.priority).to.equal('emergency');
    expect((await handoff.queue.get('c1'))?.state).to.equal('agent');
  });

  it('queues an emergency from the bot state straight at the front', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('gendarme');

    await citizen('c2').say('URGENCE');

    const queued = await handoff.queue.queued();
    expect(queued.map((c) => [c.id, c.priority])).to.deep.equal(
      [['c2', 'emergency'], ['c1', 'normal']]);
  });
});

describe('handoff gate: honest fallback', () => {
  it('says when no agent is online, offers a callback message, and stays queued', async () => {
    const { handoff, citizen } = world();

    const replies = await citizen('c1').say('gendarme');

    expect(replies).to.deep.equal([say('handoff/queued-no-agent', { position: 1 })]);
    expect(replies[0]).to.not.match(/Attente estimée|min\b/);
    expect((await handoff.queue.get('c1'))?.state).to.equal('queued');
  });

  it('says when the estimated wait is above the configured limit', async () => {
    const { handoff, citizen } = world({ options: { maxWaitMinutes: 5 } });
    handoff.presence.set('a1', 'online');
    await citizen('c1').say('gendarme');

    const replies = await citizen('c2').say('gendarme');

    expect(replies).to.deep.equal([say('handoff/queued-long-wait', { position: 2, minutes: 8 })]);
  });

  it('gives the fallback once per stay in the queue, not on every update', async () => {
    const { citizen, sender, clock } = world();
    await citizen('c1').say('gendarme');
    await citizen('c2').say('gendarme');
    // position updates are throttled (see positionThrottle.test.ts)
    clock.advance(60_000);

    await citizen('c1').say('annuler');

    expect(sender.texts('c2')).to.deep.equal([say('handoff/position-no-agent',
      { position: 1 })]);
  });

  it('tells a citizen queued with an agent online, once, when the last agent leaves',
    async () => {
      const { handoff, citizen, sender } = world();
      handoff.presence.set('a1', 'online');
      await citizen('c1').say('gendarme');
      handoff.presence.set('a1', 'offline');

      await citizen('c2').say('gendarme');
      await citizen('c3').say('gendarme');

      expect(sender.texts('c1')).to.deep.equal([say('handoff/no-agent', { position: 1,
        minutes: 4 })]);
    });

  it('answers a second request without an estimate when nobody is online', async () => {
    const { handoff, citizen } = world();
    const camille = citizen('c1');
    await camille.say('gendarme');

    const replies = await camille.turn((context) =>
      handoff.gate.request(context, 'user_request', 'normal'));

    expect(replies.map((reply) => reply.text)).to.deep.equal(
      [say('handoff/already-queued-no-agent', { position: 1 })]);
  });
});

describe('handoff gate: close and rating', () => {
  it('asks for a rating after the agent closes and records a 1-5 answer', async () => {
    const { handoff, citizen, sender } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');
    await handoff.service.claim(agent('a1'), 'c1');

    await handoff.service.close(agent('a1'), 'c1');
    const replies = await camille.say('4');

    expect(sender.texts('c1').slice(-2)).to.deep.equal([say('handoff/closed'),
      say('handoff/rating-question')]);
    const question = sender.sent[sender.sent.length - 1].activity;
    expect(question.suggestedActions?.actions.map((action) => action.value))
      .to.deep.equal(['1', '2', '3', '4', '5']);
    expect(replies).to.deep.equal([say('handoff/rating-thanks')]);
    expect((await handoff.queue.get('c1'))?.rating).to.equal(4);
  });

  it('hands anything else than a rating to the bot and stops waiting for one', async () => {
    const { handoff, citizen } = world();
    handoff.presence.set('a1', 'online');
    const camille = citizen('c1');
    await camille.say('gendarme');
    await handoff.service.claim(agent('a1'), 'c1');
    await handoff.service.close(agent('a1'), 'c1');

    expect(await camille.say('merci, au revoir')).to.deep.equal(['[bot] réponse du robot']);
    expect(await camille.say('5')).to.deep.equal(['[bot] réponse du robot']);
  });
});
