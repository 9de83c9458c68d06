import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { harness, type Said } from '../bots/harness';
import { content, newWorld } from '../dialogs/preComplaint/harness';
import { answers, START, upTo } from '../dialogs/preComplaint/script';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { ApiFixture } from './apiFixture';
import { firstQueuedDetail } from './queuedDetail';

const DANGER = 'il y a le feu dans la cuisine';
const KNOWN: Said[] = [
  { text: START.answer, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: DANGER, emergency: { detected: true, numbers: ['18', '112'], situation: 'fire' } },
];

describe('a pré-plainte finished while the conversation waits as an emergency', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('adds its reference to the answers the gendarme reads', async () => {
    const world = newWorld();
    const bot = await harness({ known: KNOWN, realGate: fx.w.handoff.gate,
      procedures: [createPreComplaintProcedure({ content, directory: fakeDirectory,
        store: world.store, clock: () => world.clock.now })] });
    for (const answer of upTo('account')) {
      await bot.texts(answer);
    }

    await bot.texts(DANGER);
    for (const answer of answers().slice(upTo('account').length)) {
      await bot.texts(answer);
    }

    const [record] = [...world.collection.docs.values()];
    const detail = await firstQueuedDetail(fx);
    expect(record?.id).to.be.a('string');
    expect(detail).to.deep.include({ reason: 'emergency', situation: 'fire' });
    expect(detail.collected).to.deep.include({
      Faits: 'Un vol',
      [content.render('preComplaint/labels.handover_reference')]: record?.id,
    });
  });
});
