import { expect } from 'chai';
import { createEchoAssistant, ECHO_WELCOME } from '../../scripts/echo-bot';
import { startApp, type RunningApp } from '../helpers/app';
import { DirectLineClient } from '../helpers/directLineClient';

describe('the echo bot (benchmark baseline)', () => {
  let app: RunningApp;

  before(async () => {
    app = await startApp({ assistant: async () => createEchoAssistant() });
  });

  after(() => app.stop());

  it("answers each message with the message's own text, as plain text", async () => {
    const client = await DirectLineClient.start(app.url);
    const stream = await client.stream();

    const posted = await client.say('Bonjour **à vous** <b>!</b>');
    const reply = await stream.waitFor((a) => a.replyToId === posted.body.id);

    expect(reply.text).to.equal('Bonjour **à vous** <b>!</b>');
    expect(reply.textFormat).to.equal('plain');
    stream.close();
  });

  it('welcomes a citizen who joins, once, like botbuilder\'s echo sample; nothing for events',
    async () => {
      const client = await DirectLineClient.start(app.url);
      const stream = await client.stream();

      await client.post({ type: 'event', name: 'webchat/join' });
      const posted = await client.say('ping');
      await stream.waitFor((a) => a.replyToId === posted.body.id);

      expect(stream.activities.filter((a) => a.from.role === 'bot').map((a) => a.text))
        .to.deep.equal([ECHO_WELCOME, 'ping']);
      stream.close();
    });
});
