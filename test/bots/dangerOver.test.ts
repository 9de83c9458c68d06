import { expect } from 'chai';
import { assistantAt } from '../dialogs/preComplaint/inAssistant';
import { content, harness, type Said } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const BEATEN = 'il est revenu il me frappe';
const KNOWN: Said[] = [
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: BEATEN, emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
];

// t97: "c bon il est parti" after "il est revenu il me frappe" lowered the priority
describe('the danger over after an emergency is no false alarm (t97)', () => {
  const inForm: Array<[string, string, number]> = [
    ['c bon il est parti', 'prompts/dangerOver', 0],
    ["c'est fini", 'prompts/dangerOver', 0],
    ["ça s'est calmé", 'prompts/dangerOver', 0],
    ['fausse alerte', 'prompts/falseAlarm', 1],
    ['je me suis trompé', 'prompts/falseAlarm', 1],
    ["c'était une blague", 'prompts/falseAlarm', 1],
    ['non rien, tout va bien, erreur', 'prompts/falseAlarm', 1],
  ];
  for (const [said, key, standDowns] of inForm) {
    it(`in a form, "${said}": ${key}, ${standDowns} stand-down, the question again`,
      async () => {
        const { bot, question } = await assistantAt('street', KNOWN, PP_START);
        bot.gate.emergencyWaiting = true;
        await bot.texts(BEATEN);

        const replies = await bot.texts(said);

        expect(replies).to.deep.equal([content.render(key), question]);
        expect(bot.gate.standDowns).to.equal(standDowns);
      });
  }

  const outside: Array<[string, string, number]> = [
    ['c bon il est parti', 'bot/dangerOver', 0],
    ["ça s'est calmé", 'bot/dangerOver', 0],
    ['je me suis trompé', 'bot/falseAlarm', 1],
    ["c'était une blague", 'bot/falseAlarm', 1],
  ];
  for (const [said, key, standDowns] of outside) {
    it(`outside a form, "${said}": ${key}, ${standDowns} stand-down`, async () => {
      const bot = await harness({ known: KNOWN });
      bot.gate.emergencyWaiting = true;
      await bot.texts(BEATEN);

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal([content.render(key)]);
      expect(bot.gate.standDowns).to.equal(standDowns);
    });
  }

  it('the answer says a gendarme still calls back, and the 17 if he comes back', () => {
    for (const key of ['bot/dangerOver', 'prompts/dangerOver']) {
      expect(content.render(key)).to.match(/gendarme va vous recontacter/);
      expect(content.render(key)).to.match(/\b17\b/);
    }
  });
});
