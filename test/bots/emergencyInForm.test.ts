import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../dialogs/procedures/otv';
import type { OtvRequest } from '../../dialogs/procedures/otv/types';
import { violenceProcedure } from '../../dialogs/procedures/violence';
import { parsePostcodeTable } from '../../geo/postcodes';
import { MemoryCollection } from '../helpers/memoryCollection';
import { assistantAt } from '../dialogs/preComplaint/inAssistant';
import { content, harness, type Harness, type Said } from './harness';

const NOW = new Date(2026, 11, 4, 10, 0);
const KNIFE = 'il est encore là il me suit avec un couteau';
const WINDOW = 'au secours il rentre chez moi par la fenetre';
const FEAR = "il est revenu, il tape à la porte, j'ai peur";
const PP_START = 'je veux faire une pré-plainte';
const OTV_START = 'je pars en vacances';
const VIOLENCE_START = 'mon mari me frappe';

const KNOWN: Said[] = [
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: OTV_START, topic: 'procedure.otv', score: 0.95 },
  { text: VIOLENCE_START, topic: 'faq.domestic_violence', score: 0.95 },
  ...[KNIFE, WINDOW, FEAR].map((text): Said => ({ text,
    emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } })),
];

const DANGER_QUESTION = /danger en ce moment/;
const SAFE_QUESTION = content.render('procedures/violence/ask_safe');

/** Every text of an answer, and whether any of them asks the question matched. */
function asks(said: string[], question: RegExp | string): boolean {
  return said.some((text) => typeof question === 'string' ? text.includes(question)
    : question.test(text));
}

async function otvBot(): Promise<Harness> {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-TEST-0001' });
  const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
  return harness({ known: KNOWN,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
}

describe('an emergency told in the middle of a form (tester15 F11)', () => {
  describe('at a danger question: the form stops, as on « oui »', () => {
    it(`pré-plainte, « êtes-vous en danger… ? », "${KNIFE}": numbers, no question again`,
      async () => {
        const { bot } = await assistantAt('danger', KNOWN, PP_START);
        bot.gate.emergencyWaiting = true;

        const said = await bot.texts(KNIFE);
        const next = await bot.texts('je suis dans un café maintenant');

        expect(bot.gate.requests).to.deep.include({ reason: 'emergency', priority: 'emergency' });
        expect(said[said.length - 1]).to.equal(content.render('prompts/stoppedForSafety'));
        expect(said.join('\n')).not.to.match(/reprends/);
        expect(asks([...said, ...next], DANGER_QUESTION)).to.equal(false);
      });

    it(`violence help, « Êtes-vous en sécurité ? », "${FEAR}": no safety question again`,
      async () => {
        const bot = await harness({ known: KNOWN, procedures: [violenceProcedure({ content })] });
        const opened = await bot.texts(VIOLENCE_START);
        bot.gate.emergencyWaiting = true;

        const said = await bot.texts(FEAR);
        const next = await bot.texts('je suis chez ma voisine');

        expect(asks(opened, SAFE_QUESTION)).to.equal(true);
        expect(said[said.length - 1]).to.equal(content.render('prompts/stoppedForSafety'));
        expect(asks([...said, ...next], SAFE_QUESTION)).to.equal(false);
      });
  });

  describe('at any other question: no form question right after the numbers', () => {
    it(`pré-plainte, « Que s'est-il passé ? », "${WINDOW}": open, asked on the next message`,
      async () => {
        const { bot, question } = await assistantAt('kind', KNOWN, PP_START);
        bot.gate.emergencyWaiting = true;

        const said = await bot.texts(WINDOW);
        const next = await bot.texts("c'est bon je suis chez le voisin");

        expect(said[said.length - 1]).to.equal(content.render('prompts/resumeAfterEmergency'));
        expect(said).not.to.include(question);
        expect(next).to.deep.equal([content.render('prompts/resume'), question]);
      });

    it(`OTV, « Quel jour partez-vous ? », "${FEAR}": open, asked on the next message`,
      async () => {
        const bot = await otvBot();
        const opened = await bot.texts(OTV_START);
        bot.gate.emergencyWaiting = true;

        const said = await bot.texts(FEAR);
        const next = await bot.texts('ça va mieux');

        const question = opened[opened.length - 1];
        expect(said).not.to.include(question);
        expect(said[said.length - 1]).to.equal(content.render('prompts/resumeAfterEmergency'));
        expect(next).to.deep.equal([content.render('prompts/resume'), question]);
      });

    it('a second emergency does not repeat that the form stays open', async () => {
      const { bot } = await assistantAt('kind', KNOWN, PP_START);
      bot.gate.emergencyWaiting = true;
      await bot.texts(WINDOW);

      const said = await bot.texts(FEAR);

      expect(said).not.to.include(content.render('prompts/resumeAfterEmergency'));
    });
  });
});
