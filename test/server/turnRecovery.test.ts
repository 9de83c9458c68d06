import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfig } from '../../core/config';
import { compose, type AssistantFactory, type Composition } from '../../server/compose';
import { leaveUnanswered, loggedLines } from '../helpers/crashedTurns';
import { DirectLineClient } from '../helpers/directLineClient';
import { formBot } from '../helpers/recoveryBots';

interface Started extends Composition {
  url: string;
}

async function start(dataDir: string, factory: AssistantFactory, replayAttempts?: number):
Promise<Started> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir,
    NODE_ENV: 'test' });
  const composition = await compose(config, factory, { replayAttempts });
  return { ...composition, url: await composition.app.listen(config.port, config.host) };
}

/** Starts, lets recovery and every turn end, stops: what one start did to the log. */
async function startAndStop(dataDir: string, factory: AssistantFactory,
  replayAttempts?: number): Promise<void> {
  const started = await start(dataDir, factory, replayAttempts);
  await started.directLine.whenIdle();
  await started.app.close();
}

/** The bot's messages of the log, in order. */
async function botTexts(dataDir: string, conversationId: string): Promise<string[]> {
  const lines = await loggedLines(dataDir, conversationId);
  return lines.filter((line) => line.activity.from?.role === 'bot')
    .map((line) => line.activity.text ?? '');
}

describe('messages acknowledged before a crash, on the next start', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-recovery-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers them in order, each in reply to its message', async () => {
    const crashed = await leaveUnanswered(dataDir, ['tele samsung 55 pouces', '800 euros']);
    const bot = formBot();

    await startAndStop(dataDir, bot.factory);

    const lines = await loggedLines(dataDir, crashed.conversationId);
    const replies = lines.filter((line) => line.activity.from?.role === 'bot');
    expect(bot.turns).to.deep.equal(['tele samsung 55 pouces', '800 euros']);
    expect(replies.map((line) => [line.activity.text, line.activity.replyToId])).to.deep.equal([
      ['objet:tele samsung 55 pouces', crashed.ids[0]], ['prix:800 euros', crashed.ids[1]],
    ]);
  });

  it('runs them before a new message of the conversation: a form gets its answers in order',
    async () => {
      const first = await start(dataDir, formBot().factory);
      const citizen = await DirectLineClient.start(first.url);
      await first.app.close();
      await leaveUnanswered(dataDir, ['tele samsung 55 pouces', '800 euros'],
        citizen.conversationId);
      const bot = formBot(40);

      const second = await start(dataDir, bot.factory);
      const live = await DirectLineClient.resume(second.url, citizen.grant).say('3 rue des Lilas');
      await second.directLine.whenIdle();
      await second.app.close();

      expect(live.status).to.equal(200);
      expect(await botTexts(dataDir, citizen.conversationId)).to.deep.equal([
        'objet:tele samsung 55 pouces', 'prix:800 euros', 'adresse:3 rue des Lilas',
      ]);
    });

  it('never runs again a turn that ended, answered or silent', async () => {
    const first = await start(dataDir, formBot().factory);
    const citizen = await DirectLineClient.start(first.url);
    await citizen.say('tele samsung 55 pouces');
    await citizen.say('rien');
    await first.directLine.whenIdle();
    await first.app.close();
    const bot = formBot();

    await startAndStop(dataDir, bot.factory);

    expect(bot.turns).to.deep.equal([]);
  });

  it('runs each only once, whatever the number of starts', async () => {
    await leaveUnanswered(dataDir, ['tele samsung 55 pouces']);
    const bot = formBot();

    await startAndStop(dataDir, bot.factory);
    await startAndStop(dataDir, bot.factory);

    expect(bot.turns).to.deep.equal(['tele samsung 55 pouces']);
  });

  it('gives a turn that always fails up after the tries and hands the conversation over',
    async () => {
      const crashed = await leaveUnanswered(dataDir, ['panne', '800 euros']);
      const bot = formBot();

      await startAndStop(dataDir, bot.factory, 3);
      await startAndStop(dataDir, bot.factory, 3);

      expect(bot.turns).to.deep.equal(['panne', 'panne', 'panne', '800 euros']);
      expect(bot.handedOver).to.deep.equal([crashed.conversationId]);
      const texts = await botTexts(dataDir, crashed.conversationId);
      // one notice of the failure, not one per try, then the gendarme, then the next answer
      expect(texts).to.have.length(3);
      expect(texts.slice(1)).to.deep.equal(['handed over', 'objet:800 euros']);
    });

  it('does not run again a message whose turn crashed the process each time', async () => {
    const crashed = await leaveUnanswered(dataDir, ['tele samsung 55 pouces'], undefined, 3);
    const bot = formBot();

    await startAndStop(dataDir, bot.factory, 3);

    expect(bot.turns).to.deep.equal([]);
    expect(bot.handedOver).to.deep.equal([crashed.conversationId]);
  });
});
