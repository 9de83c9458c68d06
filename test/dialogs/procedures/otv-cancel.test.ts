import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content } from './harness';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

const START = 'je pars en vacances';
const KNOWN: Said[] = [{ text: START, topic: 'procedure.otv', score: 0.95 }];

/** Up to the street question; then the rest of the form and the summary's consent. */
const BEFORE_STREET = ['42000'];
const FROM_STREET = ['12 rue des Lilas', '20/12', '3 janvier', 'maison', 'portail vert', 'non',
  'Camille Martin', '06 12 34 56 78', 'personne', 'non', 'aucun', 'oui'];

const render = (key: string): string => content.render(key);
const CONFIRM = render('procedures/common/cancel_confirm');
const CANCELLED = render('bot/cancel');
const KEPT = render('procedures/common/cancel_kept');
const STREET = render('procedures/otv/ask_street');
const REASK = render('procedures/common/cancel_reask');

/** The whole assistant in an OTV answered with `answers`; its store's saved requests. */
async function otvAfter(answers: string[]) {
  const collection = new MemoryCollection<OtvRequest>();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T-1' });
  const bot = await harness({ known: KNOWN,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of [START, ...answers]) {
    await bot.texts(answer);
  }
  return { bot, saved: () => [...collection.docs.values()] };
}

describe('OTV (whole assistant): "annuler" after answers asks first (F18)', () => {
  interface Case { name: string; turns: string[]; replies: string[][]; kept: boolean }
  const cases: Case[] = [
    { name: '"oui" cancels, and nothing is stored', turns: ['annuler', 'oui'], kept: false,
      replies: [[CONFIRM], [CANCELLED]] },
    { name: '"annuler" again cancels', turns: ['annuler', 'annuler'], kept: false,
      replies: [[CONFIRM], [CANCELLED]] },
    { name: '"laisse tomber" asks too, and "non" keeps every answer', kept: true,
      turns: ['laisse tomber', 'non'], replies: [[CONFIRM], [KEPT, STREET]] },
    { name: '"non" asks the street again and keeps the commune', kept: true,
      turns: ['annuler', 'non'], replies: [[CONFIRM], [KEPT, STREET]] },
  ];
  cases.forEach(({ name, turns, replies, kept }) => {
    it(`at the street question: ${name}`, async () => {
      const { bot, saved } = await otvAfter(BEFORE_STREET);

      const said = [];
      for (const turn of turns) {
        said.push(await bot.texts(turn));
      }
      if (kept) {
        for (const answer of FROM_STREET) {
          await bot.texts(answer);
        }
      }

      expect(said).to.deep.equal(replies);
      expect(saved().map((request) => [request.content.absence.from, request.content.absence.to]))
        .to.deep.equal(kept ? [['2026-12-20', '2027-01-03']] : []);
    });
  });

  it('an answer to the question instead of oui / non is asked about again, not stored',
    async () => {
      const { bot, saved } = await otvAfter(BEFORE_STREET);
      await bot.texts('annuler');

      const replies = await bot.texts(FROM_STREET[0]);
      for (const answer of ['non', ...FROM_STREET]) {
        await bot.texts(answer);
      }

      expect(replies).to.deep.equal([REASK]);
      expect(saved().map((request) => request.content.address.street))
        .to.deep.equal(['12 rue des Lilas']);
    });

  it('at the first question, with nothing answered, cancels at once', async () => {
    const { bot } = await otvAfter([]);

    expect(await bot.texts('annuler')).to.deep.equal([CANCELLED]);
  });
});
