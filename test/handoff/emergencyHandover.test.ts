import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../dialogs/preComplaint';
import { harness, type Said } from '../bots/harness';
import { fakeDirectory } from '../dialogs/prompts/fakeDirectory';
import { content, newWorld } from '../dialogs/preComplaint/harness';
import { upTo } from '../dialogs/preComplaint/script';
import { ApiFixture } from './apiFixture';
import { firstQueuedDetail } from './queuedDetail';

const START = 'je veux porter plainte';
const DANGER = 'il revient, il a un couteau';
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: DANGER, emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
];

/**
 * The whole assistant, with the real handoff part, in a pré-plainte answered up to the
 * question of `field`; then the citizen writes of a danger now, which triage catches.
 */
async function dangerAt(fx: ApiFixture, field: string): Promise<Record<string, unknown>> {
  const forms = newWorld();
  const bot = await harness({ known: KNOWN, realGate: fx.w.handoff.gate,
    procedures: [createPreComplaintProcedure({ content, directory: fakeDirectory,
      store: forms.store, clock: () => forms.clock.now })] });
  for (const answer of [START, ...upTo(field).slice(1)]) {
    await bot.texts(answer);
  }

  await bot.texts(DANGER);

  return firstQueuedDetail(fx);
}

describe('a danger caught by triage in the middle of a pré-plainte', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('queues it as an emergency with its situation and the answers given so far', async () => {
    const detail = await dangerAt(fx, 'account');

    expect(detail).to.deep.include({ reason: 'emergency', priority: 'emergency',
      situation: 'violence', state: 'queued' });
    expect(detail.collected).to.deep.equal({
      Faits: 'Un vol',
      'Auteur connu': 'non',
      Date: 'le 10/03/2026 à 22:00 (« hier soir vers 22h »)',
      Lieu: 'Rennes (35000) – devant la gare',
    });
  });

  it('queues it without answers when the form has none yet', async () => {
    const detail = await dangerAt(fx, 'danger');

    expect(detail).to.deep.include({ reason: 'emergency', collected: null });
  });
});
