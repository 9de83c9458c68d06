import { expect } from 'chai';
import { connect } from 'net';
import sinon from 'sinon';
import { ActivityHandler, TurnContext, type Activity, type BotAdapter } from 'botbuilder';
import { LOCAL_SERVICE_URL, type DirectLineAdapter } from '../../directline';
import { AdapterProactiveSender } from '../../server/proactive';
import type { AssistantFactory } from '../../server/compose';
import { recordingAssistant } from '../helpers/bots';
import { startApp, type RunningApp } from '../helpers/app';
import { DirectLineClient } from '../helpers/directLineClient';

/** A bot whose message turns wait until the test lets them finish. */
interface BlockingAssistant {
  factory: AssistantFactory;
  started: Promise<void>;
  finish(): void;
}

function blockingAssistant(): BlockingAssistant {
  let finish = (): void => undefined;
  let signalStart = (): void => undefined;
  const released = new Promise<void>((resolve) => { finish = resolve; });
  const started = new Promise<void>((resolve) => { signalStart = resolve; });

  const factory: AssistantFactory = async () => {
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      signalStart();
      await released;
      await context.sendActivity('fin du tour');
      await next();
    });
    return { bot, middleware: [], ready: () => true };
  };
  return { factory, started, finish: () => finish() };
}

function portIsClosed(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(true));
  });
}

describe('graceful shutdown', () => {
  it('stops accepting, lets the turn in flight answer, then closes the streams', async () => {
    const bot = blockingAssistant();
    const app = await startApp({ assistant: bot.factory });
    const client = await DirectLineClient.start(app.url);
    const stream = await client.stream();
    const events: string[] = [];

    await client.say('une question');
    await bot.started;
    const stopping = app.stop().then(() => events.push('server closed'));
    const refused = await portIsClosed(app.url);
    events.push('turn released');
    bot.finish();
    await stopping;
    const { code } = await stream.closed;

    expect(refused).to.equal(true);
    expect(stream.activities.map((a) => a.text)).to.deep.equal(['une question', 'fin du tour']);
    expect(events).to.deep.equal(['turn released', 'server closed']);
    expect(code).to.equal(1001);
  });
});

describe('proactive sender', () => {
  let app: RunningApp | undefined;

  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('delivers to a Web Chat conversation through our Direct Line stream', async () => {
    const bot = recordingAssistant();
    app = await startApp({ assistant: bot.factory });
    const client = await DirectLineClient.start(app.url);
    const stream = await client.stream();
    await client.say('je veux un gendarme');
    await stream.waitFor((a) => a.text === 'reply:je veux un gendarme');
    const message = bot.received.find((a) => a.type === 'message') as Activity;

    await app.proactive.send(TurnContext.getConversationReference(message),
      [{ type: 'message', text: 'Un gendarme vous répond.' }]);
    const sent = await stream.waitFor((a) => a.text === 'Un gendarme vous répond.');

    expect(sent.from.role).to.equal('bot');
    expect(sent.id).to.match(new RegExp(`^${client.conversationId}\\|`));
    stream.close();
  });

  it('routes other channels to the CloudAdapter, with the bot app id', async () => {
    const directLine = { continueConversation: sinon.stub().resolves() };
    const cloud = { continueConversationAsync: sinon.stub().resolves() };
    const sender = new AdapterProactiveSender(directLine as unknown as DirectLineAdapter,
      cloud as unknown as BotAdapter, 'app-id');

    await sender.send({ serviceUrl: 'https://smba.trafficmanager.net/fr/',
      conversation: { id: 'teams-conv', isGroup: false, conversationType: '', name: '' } }, []);
    await sender.send({ serviceUrl: LOCAL_SERVICE_URL }, []);

    expect(cloud.continueConversationAsync.callCount).to.equal(1);
    expect(cloud.continueConversationAsync.firstCall.args[0]).to.equal('app-id');
    expect(directLine.continueConversation.callCount).to.equal(1);
  });
});
