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

  /** Up to the account, a danger told there, then `between`, then the rest of the form. */
  async function fileAfterDanger(between: () => Promise<void> = async () => undefined):
  Promise<ReturnType<typeof newWorld>> {
    const world = newWorld();
    const bot = await harness({ known: KNOWN, realGate: fx.w.handoff.gate,
      procedures: [createPreComplaintProcedure({ content, directory: fakeDirectory,
        store: world.store, clock: () => world.clock.now })] });
    for (const answer of upTo('account')) {
      await bot.texts(answer);
    }

    await bot.texts(DANGER);
    await between();
    // after the numbers the form waits for a calm word before its question comes back;
    // not "je continue", a false alarm's word, which would stand the emergency down (t63)
    await bot.texts('je suis en sécurité maintenant');
    for (const answer of answers().slice(upTo('account').length)) {
      await bot.texts(answer);
    }
    return world;
  }

  it('adds its reference to the answers the gendarme reads', async () => {
    const world = await fileAfterDanger();

    const [record] = [...world.collection.docs.values()];
    const detail = await firstQueuedDetail(fx);
    expect(record?.id).to.be.a('string');
    expect(detail).to.deep.include({ reason: 'emergency', situation: 'fire' });
    expect(detail.collected).to.deep.include({
      Faits: 'Un vol',
      [content.render('preComplaint/labels.handover_reference')]: record?.id,
    });
  });

  it('marks the answers handed over before the filing as superseded by the filed record',
    async () => {
      let before: Awaited<ReturnType<typeof firstQueuedDetail>> | undefined;
      await fileAfterDanger(async () => {
        before = await firstQueuedDetail(fx);
      });

      const after = await firstQueuedDetail(fx);
      const reference = content.render('preComplaint/labels.handover_reference');
      expect(before?.superseded, 'nothing filed yet').to.deep.equal([]);
      expect(after.superseded).to.include('Faits');
      const collected = before?.collected;
      const handedOver = typeof collected === 'object' && collected !== null
        ? Object.keys(collected) : [];
      expect(after.superseded).to.have.members(handedOver);
      expect(after.superseded).not.to.include(reference);
    });
});
