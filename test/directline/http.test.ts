import { expect } from 'chai';
import { recordingAssistant, type RecordingAssistant } from '../helpers/bots';
import { startApp, type RunningApp } from '../helpers/app';
import {
  DirectLineClient, openStream, request, type ConversationGrant,
} from '../helpers/directLineClient';

describe('Direct Line endpoint over HTTP', () => {
  let app: RunningApp;
  let bot: RecordingAssistant;

  beforeEach(async () => {
    bot = recordingAssistant();
    app = await startApp({ assistant: bot.factory });
  });

  afterEach(() => app.stop());

  describe('starting a conversation', () => {
    it('returns a conversation id, its token, its lifetime and a stream URL', async () => {
      const answer = await request<ConversationGrant>(
        app.url, 'POST', '/v3/directline/conversations');

      expect(answer.status).to.equal(201);
      expect(answer.body.conversationId).to.match(/^[\w-]+$/);
      expect(answer.body.expires_in).to.equal(1800);
      expect(answer.body.streamUrl).to.match(
        new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${
          answer.body.conversationId}/stream\\?t=`));
    });

    it('tells the bot the user joined, once, so that it greets', async () => {
      const client = await DirectLineClient.start(app.url);
      const stream = await client.stream();

      const greeting = await stream.waitFor((a) => a.text === 'greeting');
      await request(app.url, 'POST', '/v3/directline/conversations', { token: client.token });
      await client.say('après');
      await stream.waitFor((a) => a.text === 'reply:après');

      const updates = bot.received.filter((a) => a.type === 'conversationUpdate');
      expect(updates).to.have.length(1);
      expect(updates[0].membersAdded?.map((m) => m.role)).to.deep.equal(['bot', 'user']);
      expect(updates[0].locale).to.equal('fr-FR');
      expect(greeting.from.role).to.equal('bot');
      stream.close();
    });

    it('starts the conversation a generated token is bound to', async () => {
      const generated = await request<ConversationGrant>(
        app.url, 'POST', '/v3/directline/tokens/generate');

      const started = await request<ConversationGrant>(
        app.url, 'POST', '/v3/directline/conversations', { token: generated.body.token });

      expect(generated.status).to.equal(200);
      expect(started.status).to.equal(201);
      expect(started.body.conversationId).to.equal(generated.body.conversationId);
    });
  });

  describe("the citizen's activities", () => {
    it('are stored with an id "<conversation>|<sequence>" and echoed on the stream', async () => {
      const client = await DirectLineClient.start(app.url);
      const stream = await client.stream();

      const posted = await client.post({
        type: 'message', text: 'bonjour', channelData: { clientActivityID: 'web-1' },
      });
      const echo = await stream.waitFor((a) => a.id === posted.body.id);

      expect(posted.status).to.equal(200);
      expect(posted.body.id).to.match(new RegExp(`^${client.conversationId}\\|\\d+$`));
      expect(echo.text).to.equal('bonjour');
      expect(echo.channelData).to.deep.equal({ clientActivityID: 'web-1' });
      stream.close();
    });

    it('speak as the user the token names, whatever "from" the client wrote', async () => {
      const client = await DirectLineClient.start(app.url);

      await client.post({ type: 'message', text: 'x', from: { id: 'gendarme', role: 'bot' } });
      const page = await client.activities();

      const echo = page.body.activities.find((a) => a.text === 'x');
      expect(echo?.from.id).to.match(/^dl_/);
      expect(echo?.from.role).to.equal('user');
    });

    it('reach the bot, whose reply answers the echoed id', async () => {
      const client = await DirectLineClient.start(app.url);
      const stream = await client.stream();

      const posted = await client.say('ma question');
      const reply = await stream.waitFor((a) => a.text === 'reply:ma question');

      expect(reply.replyToId).to.equal(posted.body.id);
      expect(bot.received.find((a) => a.type === 'message')?.from?.id).to.match(/^dl_/);
      stream.close();
    });
  });

  describe('reading with a watermark', () => {
    it('returns everything without one, only newer activities with one', async () => {
      const client = await DirectLineClient.start(app.url);
      const stream = await client.stream();
      await client.say('un');
      await stream.waitFor((a) => a.text === 'reply:un');

      const all = await client.activities();
      const newer = await client.activities(all.body.watermark);
      await client.say('deux');
      await stream.waitFor((a) => a.text === 'reply:deux');
      const after = await client.activities(all.body.watermark);

      expect(all.body.activities.map((a) => a.text)).to.deep.equal(
        ['greeting', 'un', 'reply:un']);
      expect(newer.body).to.deep.equal({ activities: [], watermark: all.body.watermark });
      expect(after.body.activities.map((a) => a.text)).to.deep.equal(['deux', 'reply:deux']);
      stream.close();
    });

    it('refuses a watermark that is not an integer, or below the -1 it gives', async () => {
      const client = await DirectLineClient.start(app.url);

      const answers = [await client.activities('abc'), await client.activities('-5'),
        await client.activities('-01')];
      const none = await client.activities('-1');

      for (const answer of answers) {
        expect(answer.status).to.equal(400);
        expect(answer.body).to.deep.equal({ error: { code: 'BadArgument',
          message: 'watermark must be an integer, -1 or more' } });
      }
      expect(none.status).to.equal(200);
    });

    it('reconnects: GET on the conversation gives a stream URL that resumes after it', async () => {
      const client = await DirectLineClient.start(app.url);
      const first = await client.stream();
      await client.say('un');
      await first.waitFor((a) => a.text === 'reply:un');
      first.close();
      const seen = await client.activities();

      await client.say('deux');
      const reconnect = await request<ConversationGrant>(app.url, 'GET',
        client.path(`?watermark=${seen.body.watermark}`), { token: client.token });
      const resumed = await openStream(reconnect.body.streamUrl);
      await resumed.waitFor((a) => a.text === 'reply:deux');

      expect(reconnect.status).to.equal(200);
      expect(reconnect.body.streamUrl).to.include(`watermark=${seen.body.watermark}`);
      expect(resumed.activities.map((a) => a.text)).to.deep.equal(['deux', 'reply:deux']);
      expect(resumed.frames[0].watermark).to.be.a('string');
      resumed.close();
    });
  });

  describe('tokens', () => {
    it('refresh into a new token for the same conversation', async () => {
      const client = await DirectLineClient.start(app.url);

      const refreshed = await request<ConversationGrant>(
        app.url, 'POST', '/v3/directline/tokens/refresh', { token: client.token });
      const read = await client.activities(undefined, refreshed.body.token);

      expect(refreshed.status).to.equal(200);
      expect(refreshed.body.conversationId).to.equal(client.conversationId);
      expect(read.status).to.equal(200);
    });

    it("of one conversation cannot read, post to or stream another's", async () => {
      const a = await DirectLineClient.start(app.url);
      const b = await DirectLineClient.start(app.url);

      const read = await b.activities(undefined, a.token);
      const posted = await b.post({ type: 'message', text: 'intrus' }, a.token);
      const reconnect = await request(app.url, 'GET', b.path(), { token: a.token });
      const streamUrl = b.grant.streamUrl.replace(/t=[^&]+/, `t=${a.token}`);
      const streamed = await openStream(streamUrl).then(() => 'opened', (e: Error) => e.message);

      expect([read.status, posted.status, reconnect.status]).to.deep.equal([403, 403, 403]);
      expect(read.body).to.deep.include({ error: {
        code: 'TokenConversationMismatch', message: 'this token opens another conversation' } });
      expect(streamed).to.equal('stream refused: 403');
      expect((await b.activities()).body.activities.map((x) => x.text)).not.to.include('intrus');
    });

    it('are required: none is 401, a forged one 403, on REST and stream alike', async () => {
      const client = await DirectLineClient.start(app.url);
      const [header, payload] = client.token.split('.');

      const none = await request(app.url, 'GET', client.path('/activities'));
      const forged = await client.activities(undefined, `${header}.${payload}.forged`);
      const noToken = await openStream(client.grant.streamUrl.replace(/t=[^&]+/, 't='))
        .then(() => 'opened', (e: Error) => e.message);
      const forgedStream = await openStream(
        client.grant.streamUrl.replace(/t=[^&]+/, `t=${header}.${payload}.forged`))
        .then(() => 'opened', (e: Error) => e.message);

      expect(none.status).to.equal(401);
      expect(forged.status).to.equal(403);
      expect(forged.body).to.deep.include({ error: {
        code: 'TokenInvalid', message: 'the token signature is not valid' } });
      expect(noToken).to.equal('stream refused: 401');
      expect(forgedStream).to.equal('stream refused: 403');
    });

    it('that open an unknown conversation get 404', async () => {
      const client = await DirectLineClient.start(app.url);
      const other = await startApp({ assistant: bot.factory,
        env: { DIRECTLINE_SECRET: 'shared' } });
      const sameSecret = await startApp({ assistant: bot.factory,
        env: { DIRECTLINE_SECRET: 'shared' } });
      try {
        const there = await DirectLineClient.start(other.url);

        const answer = await request(sameSecret.url, 'GET',
          there.path('/activities'), { token: there.token });

        expect(answer.status).to.equal(404);
        expect(client.conversationId).not.to.equal(there.conversationId);
      } finally {
        await other.stop();
        await sameSecret.stop();
      }
    });
  });

  describe('bad requests', () => {
    it('malformed JSON is a 400 with the JSON error shape', async () => {
      const client = await DirectLineClient.start(app.url);

      const answer = await request<{ error: { code: string } }>(app.url, 'POST',
        client.path('/activities'), { token: client.token, rawBody: '{"type": "mess' });

      expect(answer.status).to.equal(400);
      expect(answer.body.error.code).to.equal('InvalidContent');
    });

    it('an oversized body is a 413 with the JSON error shape', async () => {
      const client = await DirectLineClient.start(app.url);
      const huge = JSON.stringify({ type: 'message', text: 'a'.repeat(400 * 1024) });

      const answer = await request<{ error: { code: string } }>(app.url, 'POST',
        client.path('/activities'), { token: client.token, rawBody: huge });

      expect(answer.status).to.equal(413);
      expect(answer.body.error.code).to.equal('PayloadTooLarge');
    });

    it('a malformed conversation id in the path is a 4xx, REST and stream alike', async () => {
      const client = await DirectLineClient.start(app.url);

      const rest = await request(app.url, 'GET',
        '/v3/directline/conversations/%E0%A4%A/activities', { token: client.token });
      const stream = await openStream(
        `${app.url.replace('http', 'ws')}/v3/directline/conversations/%E0%A4%A/stream?t=x`)
        .then(() => 'opened', (e: Error) => e.message);
      const stillUp = await request(app.url, 'GET', '/healthz');

      expect(rest.status).to.be.within(400, 499);
      expect(stream).to.equal('stream refused: 400');
      expect(stillUp.status).to.equal(200);
    });

    it('an activity that is not valid is a 400 saying why, and is not stored', async () => {
      const client = await DirectLineClient.start(app.url);

      const answer = await client.post({ type: 'message', text: 'a'.repeat(10_000) });
      const page = await client.activities();

      // the web chat may show the message: French, its code kept (tester28)
      expect(answer.status).to.equal(400);
      expect(answer.body).to.deep.equal({ error: { code: 'BadArgument',
        message: "Votre message dépasse 5000 caractères, le maximum : il n'a pas été envoyé. "
          + 'Raccourcissez-le ou envoyez-le en plusieurs messages. En cas '
          + "d'urgence, appelez le 17 ou le 112." } });
      expect(page.body.activities.filter((a) => a.from.role === 'user')).to.deep.equal([]);
    });
  });
});
