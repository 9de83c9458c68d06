import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../dialogs/procedures/otv';
import type { OtvRequest } from '../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../geo/postcodes';
import { harness, type Said } from '../bots/harness';
import { content } from '../dialogs/preComplaint/harness';
import { MemoryCollection } from '../helpers/memoryCollection';
import { ApiFixture } from './apiFixture';
import { firstQueuedDetail } from './queuedDetail';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

const START = 'je pars en vacances';
const DANGER = 'il y a le feu dans la cuisine';
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.otv', score: 0.95 },
  { text: DANGER, emergency: { detected: true, numbers: ['18', '112'], situation: 'fire' } },
];

const ANSWERS = ['42000', '12 rue des Lilas', '20/12', '3 janvier', 'maison', 'portail vert',
  'non', 'Camille Martin'];
/** The questions after the name, then the summary's consent. */
const THE_REST = ['06 12 34 56 78', 'personne', 'non', 'aucun', 'oui'];
const RESUME = 'je continue';

/**
 * The whole assistant with the real handoff part, an OTV answered up to `answers`, a
 * danger told there, then `later` answered while the conversation waits in the queue.
 */
async function dangerAfter(fx: ApiFixture, answers: string[], later: string[] = []):
Promise<Record<string, unknown>> {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-TEST-0001' });
  const bot = await harness({ known: KNOWN, realGate: fx.w.handoff.gate,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of [START, ...answers]) {
    await bot.texts(answer);
  }

  await bot.texts(DANGER);
  // after the numbers the form waits for a calm word before its question comes back
  for (const answer of later.length > 0 ? [RESUME, ...later] : []) {
    await bot.texts(answer);
  }

  return firstQueuedDetail(fx);
}

describe('a danger caught by triage in the middle of a holiday-watch request (OTV)', () => {
  const fx = ApiFixture.use({ signedIn: true });

  it('hands the gendarme the dates, the address and the name given so far', async () => {
    const detail = await dangerAfter(fx, ANSWERS);

    expect(detail).to.deep.include({ reason: 'emergency', situation: 'fire' });
    expect(detail.collected).to.deep.equal({
      Départ: 'dimanche 20 décembre 2026',
      Retour: 'dimanche 3 janvier 2027',
      Commune: 'Saint Etienne (42000)',
      Adresse: '12 rue des Lilas',
      Nom: 'Camille Martin',
    });
  });

  it('adds the reference of the request the citizen then finished while waiting', async () => {
    const detail = await dangerAfter(fx, ANSWERS, THE_REST);

    expect(detail.collected).to.deep.include({
      Nom: 'Camille Martin',
      [content.render('procedures/otv/handover.reference')]: 'OTV-TEST-0001',
    });
  });

  it('hands nothing over before the first answer', async () => {
    const detail = await dangerAfter(fx, []);

    expect(detail).to.deep.include({ reason: 'emergency', collected: null });
  });
});
