import { expect } from 'chai';
import { readFileSync } from 'fs';
import { webChatBundle } from '../../server/static';
import { recordingAssistant } from '../helpers/bots';
import { startApp, type RunningApp } from '../helpers/app';
import { openStream, request } from '../helpers/directLineClient';

describe('server', () => {
  let app: RunningApp | undefined;

  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  describe('GET /healthz', () => {
    it('is 503 until the bot is loaded, then 200 ready', async () => {
      const bot = recordingAssistant({ ready: false });
      app = await startApp({ assistant: bot.factory });

      const before = await request(app.url, 'GET', '/healthz');
      bot.becomeReady();
      const after = await request(app.url, 'GET', '/healthz');

      expect(before).to.deep.equal({ status: 503, body: { status: 'starting' } });
      expect(after).to.deep.equal({ status: 200, body: { status: 'ready' } });
    });

    it('says what is wrong, still 503, once the bot cannot serve for good (not "starting")',
      async () => {
        const bot = recordingAssistant();
        app = await startApp({ assistant: bot.factory });

        bot.breakDown('nlu thread given up');
        const answer = await request(app.url, 'GET', '/healthz');

        expect(answer).to.deep.equal({ status: 503,
          body: { status: 'degraded', reason: 'nlu thread given up' } });
      });
  });

  describe('the chat page', () => {
    it('is a French page that loads Web Chat from our own server', async () => {
      app = await startApp();

      const response = await fetch(`${app.url}/`);
      const html = await response.text();

      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/^text\/html/);
      expect(html).to.match(/<html lang="fr">/);
      expect(html).to.match(/<title>Brigade numérique de la gendarmerie/);
      expect(html).to.include('<script src="/webchat.js"></script>');
      expect(html).not.to.match(/https?:\/\/(?!www\.w3\.org)/);
    });

    it('forbids inline and foreign scripts with a Content-Security-Policy', async () => {
      app = await startApp();

      const response = await fetch(`${app.url}/`);

      expect(response.headers.get('content-security-policy')).to.include("script-src 'self'");
      expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
    });

    it('serves the botframework-webchat bundle itself at /webchat.js', async () => {
      app = await startApp();

      const response = await fetch(`${app.url}/webchat.js`);
      const body = Buffer.from(await response.arrayBuffer());

      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.match(/^application\/javascript/);
      expect(body.equals(readFileSync(webChatBundle()))).to.equal(true);
    });
  });

  describe('errors', () => {
    it('an unknown route is a 404 with the JSON error shape', async () => {
      app = await startApp();

      const answer = await request(app.url, 'GET', '/nowhere');

      expect(answer.status).to.equal(404);
      expect(answer.body).to.have.nested.property('error.code', 'ResourceNotFound');
      expect(answer.body).to.have.nested.property('error.message').that.is.a('string');
    });

    it('an unknown route answers a fixed text, never the path it was asked', async () => {
      app = await startApp();
      const long = `/api/agent/${'secret-'.repeat(430)}`;

      const url = app.url;
      const answers = await Promise.all([long, '/api/agent/nowhere?who=camille', '/nope-42']
        .map((path) => request(url, 'GET', path)));

      for (const answer of answers) {
        expect(answer.status).to.equal(404);
        expect(answer.body).to.deep.equal(
          { error: { code: 'ResourceNotFound', message: 'no such route' } });
      }
    });

    it('a known route asked with the wrong method names neither path nor method', async () => {
      app = await startApp();

      const answer = await request(app.url, 'DELETE', '/api/agent/session/x-secret');

      expect(JSON.stringify(answer.body)).not.to.match(/secret|DELETE/);
      expect(answer.body).to.have.nested.property('error.code').that.is.a('string');
    });

    it('a WebSocket to a path nobody serves is refused with 404', async () => {
      app = await startApp();

      const refused = await openStream(`${app.url.replace('http', 'ws')}/v3/directline/nope`)
        .then(() => 'opened', (error: Error) => error.message);

      expect(refused).to.equal('stream refused: 404');
    });

    it('a wrong method is a 405 with the JSON error shape', async () => {
      app = await startApp();

      const answer = await request(app.url, 'DELETE', '/healthz');

      expect(answer.status).to.equal(405);
      expect(answer.body).to.have.nested.property('error.code', 'MethodNotAllowed');
    });
  });
});
