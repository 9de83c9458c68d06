import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { content, harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { assistantAt } from '../preComplaint/inAssistant';

const NOW = new Date(2026, 11, 4, 10, 0);
const OTV_START = 'je pars en vacances';
const PP_START = 'je veux faire une pré-plainte';
const UP_TO_HOME = [OTV_START, '42000', '12 rue des Lilas', '20/12', '3 janvier'];
const PAID = "c'est payant ce service ?";
const MISTAKE = "ma fille a appelé le 17 par erreur en jouant avec mon téléphone, c'est grave ?";
const DIFFERENCE = "attends, c'est quoi la différence ?";
const WHAT_SERVICE = "c'est quoi ce service ?";
const PROXY = 'au fait il faut que je fasse une procuration pour voter, comment on fait ?';

/** The model's readings that the tester met (F10): the bot's self-presentation. */
const KNOWN: Said[] = [
  { text: OTV_START, topic: 'procedure.otv', score: 0.95 },
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: PAID, topic: 'faq.about_service', score: 0.95 },
  { text: MISTAKE, topic: 'faq.online_scam', score: 0.32 },
  { text: DIFFERENCE, normalized: 'attends ce est quoi la difference',
    topic: 'faq.about_service', score: 0.68 },
  { text: PROXY, normalized:
    'au fait il faut que je fasse une procuration pour voter comment on fait',
    topic: 'faq.proxy_vote', score: 0.9 },
  { text: WHAT_SERVICE, normalized: 'ce est quoi ce service', topic: 'faq.about_service',
    score: 0.95 },
];

async function otvAtHome() {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-TEST-0001' });
  const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
  const bot = await harness({ known: KNOWN,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of UP_TO_HOME) {
    await bot.texts(answer);
  }
  return bot;
}

const AT_HOME: Array<[string, string]> = [
  [PAID, 'answers/serviceFree'],
  [MISTAKE, 'answers/mistakenCall'],
];

describe('a question typed at an OTV prompt: its answer, then the prompt (tester12 F10)', () => {
  for (const [said, answer] of AT_HOME) {
    it(`"${said}" at « De quel type de logement ? » → ${answer}, then the question`,
      async () => {
        const bot = await otvAtHome();

        const replies = await bot.texts(said);
        const next = await bot.texts('maison');

        expect(replies).to.deep.equal([content.render(answer),
          content.render('prompts/resume'), content.render('procedures/otv/ask_home')]);
        expect(replies.join('\n')).not.to.include('assistant automatique');
        expect(next[next.length - 1]).to.equal(content.render('procedures/otv/ask_access'));
      });
  }
});

describe('a question typed at the OTV access prompt (tester16 F4)', () => {
  it(`"${PROXY}" is answered, not stored as the access, then the question comes back`,
    async () => {
      const bot = await otvAtHome();
      await bot.texts('maison');

      const replies = await bot.texts(PROXY);

      expect(replies[0]).to.equal(content.render('faq/faq.proxy_vote'));
      expect(replies[replies.length - 1])
        .to.equal(content.render('procedures/otv/ask_access'));
    });
});

describe('a question about the options of a pré-plainte choice (tester12 F10)', () => {
  it(`"${DIFFERENCE}" at « Pour qui déposez-vous… » explains the choices, then asks again`,
    async () => {
      const { bot } = await assistantAt('role', KNOWN, PP_START);

      const replies = await bot.texts(DIFFERENCE);

      expect(replies[0]).to.equal(content.render('preComplaint/help/role'));
      expect(replies[replies.length - 1]).to.match(/Pour qui déposez-vous/);
    });

  it(`"${WHAT_SERVICE}" there still gets the service's presentation`, async () => {
    const { bot } = await assistantAt('role', KNOWN, PP_START);

    const replies = await bot.texts(WHAT_SERVICE);

    expect(replies[0]).to.equal(content.render('faq/faq.about_service'));
    expect(replies[replies.length - 1]).to.match(/Pour qui déposez-vous/);
  });
});
