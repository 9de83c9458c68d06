import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { loadContent } from '../../content/renderer';
import { ACTIVITIES_SPEC } from '../../directline';
import type { LoggedActivity } from '../../directline/conversationLog';
import { fullScript } from '../dialogs/preComplaint/script';
import { DirectLineClient, request } from '../helpers/directLineClient';
import { startWith, type SecureApp } from './app';
import { openFailingStore, type FailingEngine } from './failingStore';

const content = loadContent();

describe('store unavailable: the chat still answers, honestly, and recovers', function () {
  this.timeout(60_000);
  let app: SecureApp;
  let engine: FailingEngine;

  beforeEach(async () => {
    app = await startWith({
      openStore: async (config) => {
        const opened = await openFailingStore(config.dataDir);
        engine = opened.engine;
        return opened.database;
      },
    });
  });

  afterEach(() => app.stop());

  async function botReplies(client: DirectLineClient): Promise<string[]> {
    await app.directLine.whenIdle();
    const answer = await client.activities();
    return answer.body.activities
      .filter((activity: Activity) => activity.type === 'message' && activity.from.role === 'bot')
      .map((activity: Activity) => activity.text ?? '');
  }

  async function say(client: DirectLineClient, text: string): Promise<number> {
    const answer = await client.say(text);
    await app.directLine.whenIdle();
    return answer.status;
  }

  async function health(): Promise<number> {
    return (await request(app.url, 'GET', '/healthz')).status;
  }

  it('FAQ and emergency answers still reach the citizen while writes fail', async () => {
    const before = await DirectLineClient.start(app.url);
    engine.broken = true;
    const during = await DirectLineClient.start(app.url);

    const statuses = [
      await say(before, 'comment faire une procuration ?'),
      await say(during, 'au secours il me frappe'),
    ];
    const faq = await botReplies(before);
    const emergency = await botReplies(during);

    expect(statuses).to.deep.equal([200, 200]);
    expect(faq[faq.length - 1]).to.equal(content.render('faq/faq.proxy_vote'));
    expect(emergency.some((text) => text.startsWith('🚨') && text.includes('**17**')))
      .to.equal(true);
  });

  it('readiness says so, and a pré-plainte is refused honestly, then sent once healed',
    async () => {
      const client = await DirectLineClient.start(app.url);
      engine.broken = true;

      const script = fullScript('theft').map((step) => step.answer);
      for (const answer of ['je veux porter plainte', ...script.slice(1)]) {
        await say(client, answer);
      }
      const refused = await botReplies(client);
      const sick = await health();
      engine.broken = false;
      await say(client, 'oui');
      const retried = await botReplies(client);

      expect(sick).to.equal(503);
      expect(refused).to.include(content.render('preComplaint/submit_failed'));
      expect(retried.slice(refused.length).join('\n')).to.match(/PP-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    });

  it('recovers without a restart: kept messages reach the store, readiness comes back',
    async () => {
      const client = await DirectLineClient.start(app.url);
      engine.broken = true;
      await say(client, "j'ai perdu ma carte d'identité");
      const sick = await health();

      engine.broken = false;
      await say(client, 'merci');
      while ((await health()) !== 200) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const stored = await engine.inner.collection<LoggedActivity>(ACTIVITIES_SPEC)
        .find({ conversationId: client.conversationId },
          { sort: [{ field: 'seq', direction: 1 }] });
      const logged = (await client.activities()).body.activities;

      expect(sick).to.equal(503);
      expect(stored.map((entry) => entry.id)).to.deep.equal(logged.map((a) => a.id));
      expect(stored.length).to.be.at.least(5);
    });
});
