import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { ApiFixture } from '../handoff/apiFixture';
import { atAccount } from '../handoff/atAccount';
import { DANGER } from '../handoff/formScene';
import { harness } from './harness';

const ALARM = 'il y a un homme avec un couteau chez moi';
/** The emergency answer itself, not the waiting reply ("Votre message est transmis…"). */
const NUMBERS = /appelez tout de suite[\s\S]*\*\*17\*\*[\s\S]*\*\*112\*\*/;
const CLARIFY = /Je veux être sûr de bien vous répondre/;

async function queued(fx: ApiFixture): Promise<Record<string, unknown>> {
  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [first]: unknown[] = Array.isArray(queue.body.conversations)
    ? queue.body.conversations : [];
  return typeof first === 'object' && first !== null ? { ...first } : {};
}

// t63 item 1: "c'est pas une fausse alerte" after a real alarm got a topic clarification
describe('after a real alarm, the citizen insists it is real (t63)', function insisted() {
  this.timeout(120_000);
  const fx = ApiFixture.use({ signedIn: true });
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const said of ["non c'est pas une fausse alerte, il est toujours là",
    "c'est pas une blague", "c'est sérieux", 'je rigole pas il est encore là']) {
    it(`"${said}": the numbers again at once, still an emergency in the queue`, async () => {
      const bot = await harness({ realRecognizer: recognizer, realGate: fx.w.handoff.gate });
      await bot.texts(ALARM);

      const replies = (await bot.texts(said)).join('\n');

      expect(replies).to.match(NUMBERS);
      expect(replies).not.to.match(CLARIFY);
      expect(await queued(fx)).to.include({ priority: 'emergency', reason: 'emergency' });
    });
  }

  it('with no alarm before, "c\'est sérieux" is no emergency', async () => {
    const bot = await harness({ realRecognizer: recognizer, realGate: fx.w.handoff.gate });

    const replies = (await bot.texts("c'est sérieux")).join('\n');

    expect(replies).not.to.match(/Je préviens aussi un gendarme/);
    expect(await queued(fx)).to.deep.equal({});
  });
});

describe('inside a form, "fausse alerte" then "c\'est pas une fausse alerte" (t63)', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('the confirmed false alarm stands down; the denial restores the priority', async () => {
    const { bot } = await atAccount(fx);
    await bot.texts(DANGER);
    await bot.texts('fausse alerte');
    await bot.texts('fausse alerte');
    const lowered = await queued(fx);

    const replies = (await bot.texts("non c'est pas une fausse alerte, il est toujours là"))
      .join('\n');

    expect(lowered).to.include({ priority: 'normal' });
    expect(replies).to.match(NUMBERS);
    expect(await queued(fx)).to.include({ priority: 'emergency', reason: 'emergency',
      situation: 'violence' });
  });

  it('"c\'est pas une fausse alerte" right after the numbers never stands down', async () => {
    const { bot } = await atAccount(fx);
    await bot.texts(DANGER);

    const replies = (await bot.texts("c'est pas une fausse alerte")).join('\n');

    expect(replies).to.match(NUMBERS);
    expect(await queued(fx)).to.include({ priority: 'emergency' });
  });
});
