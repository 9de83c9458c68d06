import { expect } from 'chai';
import { isLoopbackServiceUrl } from '../../server/messages';
import { recordingAssistant } from '../helpers/bots';
import { startApp, type RunningApp } from '../helpers/app';
import { request } from '../helpers/directLineClient';
import { FakeConnector } from '../helpers/fakeConnector';

function activity(serviceUrl: unknown, text = 'bonjour'): Record<string, unknown> {
  return {
    type: 'message', id: 'act-1', text, channelId: 'emulator', serviceUrl,
    from: { id: 'user-1', role: 'user' }, recipient: { id: 'bot', role: 'bot' },
    conversation: { id: 'conv-1' },
  };
}

describe('POST /api/messages', () => {
  let app: RunningApp | undefined;
  let connector: FakeConnector | undefined;

  afterEach(async () => {
    await app?.stop();
    await connector?.stop();
    app = undefined;
    connector = undefined;
  });

  describe('without Bot Framework credentials', () => {
    it('runs the bot for a loopback serviceUrl (the Emulator) and replies there', async () => {
      connector = await FakeConnector.start();
      app = await startApp({ assistant: recordingAssistant().factory });

      const answer = await request(app.url, 'POST', '/api/messages',
        { body: activity(connector.url, 'salut') });
      const [reply] = await connector.waitForCount(1);

      expect(answer.status).to.be.within(200, 202);
      expect(reply.text).to.equal('reply:salut');
      expect(reply.replyToId).to.equal('act-1');
    });

    it('refuses any other serviceUrl with 403, so the server never POSTs elsewhere', async () => {
      const bot = recordingAssistant();
      app = await startApp({ assistant: bot.factory });

      const urls = ['https://smba.trafficmanager.net/fr/', 'http://10.0.0.1/', undefined, 42];
      const answers = await Promise.all(urls.map((url) =>
        request(app?.url ?? '', 'POST', '/api/messages', { body: activity(url) })));

      for (const answer of answers) {
        expect(answer).to.deep.equal({ status: 403, body: { error: {
          code: 'ServiceUrlNotAllowed',
          message: 'without Bot Framework credentials, only loopback serviceUrls are accepted',
        } } });
      }
      expect(bot.received).to.deep.equal([]);
    });

    it('refuses a body that is not an activity object with 400', async () => {
      app = await startApp();

      const answer = await request(app.url, 'POST', '/api/messages', { body: [activity('x')] });

      expect(answer.status).to.equal(400);
      expect(answer.body).to.have.nested.property('error.code', 'BadArgument');
    });

    it('answers malformed JSON with 400 and an oversized body with 413, as JSON', async () => {
      app = await startApp();

      const malformed = await request(app.url, 'POST', '/api/messages', { rawBody: '{"type":' });
      const oversized = await request(app.url, 'POST', '/api/messages',
        { rawBody: JSON.stringify(activity('http://127.0.0.1:1/', 'a'.repeat(300 * 1024))) });

      expect(malformed.status).to.equal(400);
      expect(malformed.body).to.have.nested.property('error.code', 'InvalidContent');
      expect(oversized.status).to.equal(413);
      expect(oversized.body).to.have.nested.property('error.code', 'PayloadTooLarge');
    });
  });

  describe('with Bot Framework credentials', () => {
    it('leaves the check to JWT validation: no token, 401, and the bot does not run', async () => {
      const bot = recordingAssistant();
      app = await startApp({ assistant: bot.factory, env: {
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'pw',
      } });

      const answer = await request(app.url, 'POST', '/api/messages',
        { body: activity('https://smba.trafficmanager.net/fr/') });

      expect(answer.status).to.equal(401);
      expect(bot.received).to.deep.equal([]);
    });
  });
});

describe('loopback serviceUrls', () => {
  it('are http(s) URLs on 127.0.0.1, localhost or [::1]', () => {
    for (const url of ['http://127.0.0.1:3979', 'http://localhost:50000/', 'https://[::1]:8/x']) {
      expect(isLoopbackServiceUrl(url), url).to.equal(true);
    }
  });

  it('exclude look-alikes and other schemes', () => {
    const refused = [
      'http://127.0.0.1.evil.com/', 'http://localhost@evil.com/', 'http://evil.com/?localhost',
      'http://user:pw@127.0.0.1/', 'file://localhost/etc/passwd', 'ftp://127.0.0.1/',
      'http://127.0.0.2/', 'not a url', '',
    ];
    for (const url of refused) {
      expect(isLoopbackServiceUrl(url), url).to.equal(false);
    }
  });
});
