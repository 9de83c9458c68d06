import { expect } from 'chai';
import type { TurnContext } from 'botbuilder';
import { ApiFixture } from './apiFixture';
import { understand, type World } from './harness';

/** What the real bot does on an emergency: its numbers in markdown, then the gate. */
function emergencyTurn(w: World, situation: string) {
  return async (turn: TurnContext): Promise<void> => {
    await turn.sendActivity('🚨 **Appelez tout de suite :**\n- **3114** : prévention suicide');
    await turn.sendActivity('Je préviens aussi un **gendarme**.');
    await w.handoff.gate.request(turn, 'emergency', 'emergency', { situation });
  };
}

describe('agent inbox: what a gendarme sees first', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('shows the citizen\'s own last messages, not the bot\'s boilerplate', async () => {
    const camille = fx.w.citizen('c1');
    await camille.say('bonjour');
    await camille.say('mon voisin crie');
    await camille.turn(emergencyTurn(fx.w, 'suicide'), { type: 'message',
      text: 'je veux en finir' });

    const queue = await fx.client.call('GET', '/api/agent/queue');

    expect(queue.body.conversations).to.have.nested.property('[0].lastMessages')
      .that.deep.equals(['bonjour', 'mon voisin crie', 'je veux en finir'].map((text) => ({
        from: 'user', text, at: fx.w.clock.time })));
  });

  it('shows the question the bot asked before a short reply such as "oui"', async () => {
    const camille = fx.w.citizen('c1');
    await camille.turn(async (turn) => {
      await turn.sendActivity('Je peux vous aider. **Êtes-vous en sécurité en ce moment ?**');
    }, { type: 'message', text: 'il me menace' });
    await camille.turn(async (turn) => {
      await fx.w.handoff.gate.request(turn, 'user_request', 'normal');
    }, { type: 'message', text: 'oui' });

    const queue = await fx.client.call('GET', '/api/agent/queue');

    expect(queue.body.conversations).to.have.nested.property('[0].lastMessages')
      .that.deep.equals([{ from: 'user', text: 'il me menace', at: fx.w.clock.time },
        { from: 'user', text: 'oui', at: fx.w.clock.time,
          question: 'Êtes-vous en sécurité en ce moment ?' }]);
  });

  it('names the emergency situation instead of an earlier small-talk topic', async () => {
    const camille = fx.w.citizen('c1');
    await camille.turn(async (turn) => {
      await fx.w.handoff.gate.intercept(turn, { ...understand('bonjour'),
        topic: 'smalltalk.greeting' });
    }, { type: 'message', text: 'bonjour' });
    await camille.turn(emergencyTurn(fx.w, 'suicide'), { type: 'message',
      text: 'je veux en finir' });

    const queue = await fx.client.call('GET', '/api/agent/queue');

    expect(queue.body.conversations).to.have.nested.property('[0].situation', 'suicide');
    expect(queue.body.conversations).to.have.nested.property('[0].topic', null);
  });

  it('records the situation when a waiting citizen reports an emergency', async () => {
    const camille = fx.w.citizen('c1');
    await camille.say('gendarme');
    await camille.turn(emergencyTurn(fx.w, 'fire'), { type: 'message', text: 'le feu !' });

    const detail = await fx.client.call('GET', '/api/agent/conversations/c1');

    expect(detail.body).to.deep.include({ priority: 'emergency', situation: 'fire',
      topic: 'vol' });
  });

  it('gives no situation for a normal request', async () => {
    await fx.w.citizen('c1').say('gendarme');

    const detail = await fx.client.call('GET', '/api/agent/conversations/c1');

    expect(detail.body).to.deep.include({ priority: 'normal', situation: null });
  });
});
