import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import type { Handoff } from '../../handoff';
import { startApp, type RunningApp } from '../helpers/app';
import { DirectLineClient } from '../helpers/directLineClient';
import { handoffAssistant } from './handoffAssistant';
import { AgentClient } from './server';

const PASSWORD = 'correct horse battery staple';
const content = loadContent();

async function texts(citizen: DirectLineClient): Promise<string[]> {
  const answer = await citizen.activities();
  return answer.body.activities.filter((activity) => activity.type === 'message'
    && activity.from?.role !== 'user').map((activity) => activity.text ?? '');
}

describe('handoff over our Direct Line endpoint', () => {
  let app: RunningApp;
  const holder: { handoff?: Handoff } = {};

  beforeEach(async () => {
    app = await startApp({ assistant: handoffAssistant(holder) });
    await holder.handoff?.accounts.create('g.martin', 'agent', PASSWORD);
  });

  afterEach(() => app.stop());

  /** Direct Line answers before the bot's turn runs: wait for the turns to finish. */
  async function say(citizen: DirectLineClient, text: string): Promise<void> {
    await citizen.say(text);
    await app.directLine.whenIdle();
  }

  it('carries agent replies to the citizen, then back to the bot and its rating', async () => {
    const citizen = await DirectLineClient.start(app.url);
    const agent = new AgentClient(app.url);
    await agent.signIn('g.martin', PASSWORD);

    await say(citizen, 'je veux parler à un gendarme');
    const claim = await agent.call('POST',
      `/api/agent/conversations/${encodeURIComponent(citizen.conversationId)}/claim`);
    await agent.call('POST',
      `/api/agent/conversations/${encodeURIComponent(citizen.conversationId)}/messages`,
      { text: 'Bonjour, gendarme Martin.' });
    await say(citizen, 'merci');
    await agent.call('POST',
      `/api/agent/conversations/${encodeURIComponent(citizen.conversationId)}/close`);
    await say(citizen, '5');

    expect(claim.status).to.equal(200);
    expect(await texts(citizen)).to.deep.equal([
      content.render('handoff/queued', { position: 1, minutes: 4 }),
      content.render('handoff/agent-joined'),
      'Bonjour, gendarme Martin.',
      content.render('handoff/closed'),
      content.render('handoff/rating-question'),
      content.render('handoff/rating-thanks'),
    ]);
  });
});
