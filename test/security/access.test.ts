import { expect } from 'chai';
import { loadContent } from '../../content/renderer';
import { TokenService } from '../../directline/tokens';
import { isLoopbackAddress } from '../../server/messages';
import { DirectLineClient, openStream, request } from '../helpers/directLineClient';
import { startWith, type SecureApp } from './app';

const SECRET = 'secret de test des jetons direct line';
const content = loadContent();

describe('Direct Line tokens: signed, expiring, refreshable, bound to one conversation', () => {
  let app: SecureApp;

  beforeEach(async () => {
    app = await startWith({ env: { DIRECTLINE_SECRET: SECRET } });
  });

  afterEach(() => app.stop());

  /** A correctly signed token for the conversation, issued an hour ago: expired. */
  function expiredToken(client: DirectLineClient, user: string): string {
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    return new TokenService(SECRET, 1800, () => anHourAgo).issue(client.conversationId, user)
      .token;
  }

  function claim(token: string, name: string): unknown {
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    return typeof payload === 'object' && payload !== null ? Reflect.get(payload, name) : '';
  }

  function userOf(token: string): string {
    return String(claim(token, 'user'));
  }

  it('an expired token opens nothing: not the log, not a post, not a refresh, not the stream',
    async () => {
      const client = await DirectLineClient.start(app.url);
      const expired = expiredToken(client, userOf(client.token));

      const read = await client.activities(undefined, expired);
      const posted = await client.post({ type: 'message', text: 'bonjour' }, expired);
      const refreshed = await request(app.url, 'POST', '/v3/directline/tokens/refresh',
        { token: expired });
      const stream = await openStream(
        `${app.url.replace('http', 'ws')}${client.path('/stream')}?t=${expired}`)
        .then(() => 'opened', (error: Error) => error.message);

      for (const answer of [read, posted, refreshed]) {
        expect(answer.status).to.equal(403);
        expect(answer.body).to.have.nested.property('error.code', 'TokenExpired');
      }
      expect(stream).to.equal('stream refused: 403');
    });

  it('a refreshed token is a new one for the same conversation, on REST and stream alike',
    async () => {
      const client = await DirectLineClient.start(app.url);

      const refreshed = await request<{ conversationId: string; token: string }>(app.url,
        'POST', '/v3/directline/tokens/refresh', { token: client.token });
      const fresh = refreshed.body.token;
      const stream = await openStream(
        `${app.url.replace('http', 'ws')}${client.path('/stream')}?t=${fresh}`);
      const posted = await client.post({ type: 'message', text: 'bonjour' }, fresh);
      await stream.waitFor((activity) => activity.text === 'bonjour');
      stream.close();

      expect(refreshed.body.conversationId).to.equal(client.conversationId);
      expect(claim(fresh, 'exp')).to.be.at.least(Number(claim(client.token, 'exp')));
      expect(claim(fresh, 'user')).to.equal(claim(client.token, 'user'));
      expect(posted.status).to.equal(200);
    });

  it('a token signed with another secret is refused, even for the right conversation',
    async () => {
      const client = await DirectLineClient.start(app.url);
      const forged = new TokenService('another secret').issue(client.conversationId,
        userOf(client.token)).token;

      const read = await client.activities(undefined, forged);
      const stream = await openStream(
        `${app.url.replace('http', 'ws')}${client.path('/stream')}?t=${forged}`)
        .then(() => 'opened', (error: Error) => error.message);

      expect(read.body).to.have.nested.property('error.code', 'TokenInvalid');
      expect(stream).to.equal('stream refused: 403');
    });
});

describe('/api/messages never makes the server call an address the caller chose', () => {
  // (tests listen on loopback only, so a remote peer is checked through the predicate)
  it('takes only loopback peers when no Bot Framework credentials are set', () => {
    const local = ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'];
    const remote = ['10.0.0.1', '::ffff:192.168.1.2', '2001:db8::1', '1.127.0.0.1', undefined];

    expect(local.map(isLoopbackAddress)).to.deep.equal(local.map(() => true));
    expect(remote.map(isLoopbackAddress)).to.deep.equal(remote.map(() => false));
  });
});

describe('privacy notice in the chat', () => {
  let app: SecureApp;

  beforeEach(async () => {
    app = await startWith();
  });

  afterEach(() => app.stop());

  it('is offered by the welcome, and says what is kept, how long and who reads it',
    async () => {
      const client = await DirectLineClient.start(app.url);
      await client.say('confidentialité');
      await app.directLine.whenIdle();

      const texts = (await client.activities()).body.activities
        .filter((activity) => activity.from.role === 'bot').map((activity) => activity.text);
      const notice = content.render('bot/privacy', { conversation: client.conversationId });

      expect(texts[0]).to.include('« confidentialité »');
      expect(texts).to.include(notice);
      expect(notice).to.include('Ce qui est gardé').and.to.include('30 jours')
        .and.to.include('Qui les lit').and.to.include('gendarmes');
    });
});
