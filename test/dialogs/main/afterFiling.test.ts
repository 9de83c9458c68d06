import { expect } from 'chai';
import { createPreComplaintProcedure } from '../../../dialogs/preComplaint';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { buttons, content, harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { newWorld } from '../preComplaint/harness';
import { answers } from '../preComplaint/script';
import { fakeDirectory } from '../prompts/fakeDirectory';

const START = 'je veux faire une pré-plainte';
const WITHDRAW = "finalement je veux retirer ma pré-plainte, j'ai retrouvé mon vélo";
const OTV_START = 'je pars en vacances';
const OTV_ANSWERS = ['42000', '12 rue des Lilas', '20/12', '3 janvier', 'maison',
  'portail vert, chien gentil', 'non', 'Camille Martin', '06 12 34 56 78',
  'Claire Durand 07 98 76 54 32', 'oui', 'Clio grise AB-123-CD', 'oui'];

/** The model's readings that the tester met (F8): the generic follow-up of a complaint. */
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: OTV_START, topic: 'procedure.otv', score: 0.95 },
  { text: WITHDRAW, topic: 'faq.complaint_followup', score: 0.95 },
  { text: 'je veux retirer ma plainte', topic: 'faq.complaint_followup', score: 0.9 },
  { text: 'on ne part plus finalement', topic: 'faq.missing_person', score: 0.25,
    ambiguous: true },
];

async function filedPreComplaint() {
  const world = newWorld();
  const procedure = createPreComplaintProcedure({
    content, directory: fakeDirectory, store: world.store, clock: () => world.clock.now,
  });
  const bot = await harness({ known: KNOWN, procedures: [procedure] });
  for (const answer of [START, ...answers().slice(1)]) {
    await bot.texts(answer);
  }
  const [record] = [...world.collection.docs.values()];
  return { bot, reference: record.id };
}

describe('withdrawing a pré-plainte just filed (tester12 F8)', () => {
  for (const said of [WITHDRAW, 'je veux retirer ma plainte']) {
    it(`"${said}" is told what happens to it, with its reference, and offered a gendarme`,
      async () => {
        const { bot, reference } = await filedPreComplaint();

        const [reply] = await bot.say(said);

        expect(reply.text).to.equal(
          content.render('answers/withdrawPreComplaint', { reference }));
        expect(reply.text).to.include(reference).and.not.to.include('récépissé');
        expect(buttons(reply)).to.deep.equal(['Parler à un gendarme']);
      });
  }

  it('"Parler à un gendarme" then reaches the queue', async () => {
    const { bot } = await filedPreComplaint();
    await bot.say(WITHDRAW);

    await bot.say('Parler à un gendarme');

    expect(bot.gate.requests).to.deep.equal([{ reason: 'user_request', priority: 'normal' }]);
  });
});

describe('cancelling a holiday-watch request just filed (tester12 F8)', () => {
  it('"on ne part plus finalement" is told to warn a gendarme, with the reference', async () => {
    const NOW = new Date(2026, 11, 4, 10, 0);
    const store = new OtvStore(new MemoryCollection<OtvRequest>(),
      { clock: () => NOW, newReference: () => 'OTV-YKGX-W754' });
    const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
    const bot = await harness({ known: KNOWN,
      procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
    for (const answer of [OTV_START, ...OTV_ANSWERS]) {
      await bot.texts(answer);
    }

    const [reply] = await bot.say('on ne part plus finalement');

    expect(reply.text).to.equal(
      content.render('answers/cancelOtv', { reference: 'OTV-YKGX-W754' }));
    expect(buttons(reply)).to.deep.equal(['Parler à un gendarme']);
  });
});
