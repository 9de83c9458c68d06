import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadContent } from '../../content/renderer';
import { loadConfig } from '../../core/config';
import { compose, type Composition } from '../../server/compose';
import { upTo } from '../dialogs/preComplaint/script';
import { leaveUnanswered, loggedLines } from '../helpers/crashedTurns';
import { DirectLineClient, type ConversationGrant } from '../helpers/directLineClient';

const content = loadContent();

interface Started extends Composition {
  url: string;
}

async function start(dataDir: string): Promise<Started> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir,
    NODE_ENV: 'test', NLU_THREAD: 'false' });
  const composition = await compose(config);
  return { ...composition, url: await composition.app.listen(config.port, config.host) };
}

/** A pré-plainte walked live up to its first object's question, then the server stops. */
async function preComplaintAtItem(dataDir: string): Promise<ConversationGrant> {
  const first = await start(dataDir);
  try {
    const citizen = await DirectLineClient.start(first.url);
    for (const answer of upTo('item')) {
      await citizen.say(answer);
      await first.directLine.whenIdle();
    }
    return citizen.grant;
  } finally {
    await first.app.close();
  }
}

describe('a pré-plainte\'s answers acknowledged just before a crash', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brigade-form-crash-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('fill the object, then its value, on the next start, before the next answer', async () => {
    const grant = await preComplaintAtItem(dataDir);
    const asked = (await loggedLines(dataDir, grant.conversationId)).length;
    await leaveUnanswered(dataDir, ['tele samsung 55 pouces', '800 euros'],
      grant.conversationId);

    const second = await start(dataDir);
    await DirectLineClient.resume(second.url, grant).say("c'est tout");
    await second.directLine.whenIdle();
    await second.app.close();

    const after = (await loggedLines(dataDir, grant.conversationId)).slice(asked)
      .filter((line) => line.activity.from?.role === 'bot')
      .map((line) => line.activity.text ?? '');
    const lastAsked = (await loggedLines(dataDir, grant.conversationId)).slice(0, asked)
      .filter((line) => line.activity.from?.role === 'bot').pop()?.activity.text ?? '';
    expect(lastAsked).to.include('Décrivez un premier objet');
    expect(after.slice(0, 2)).to.deep.equal([
      content.render('preComplaint/ask/item_value'), content.render('preComplaint/ask/item_more'),
    ]);
    expect(after.slice(2).join('\n')).to.not.include(content.render('preComplaint/ask/item_value'));
  });
});
