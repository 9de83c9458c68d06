import { expect } from 'chai';
import { content, harness, type Said } from './harness';

const DANGER = 'au secours il me frappe';
const KNOWN: Said[] = [
  { text: DANGER, emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
  { text: 'fausse alerte', topic: 'faq.online_scam', score: 0.7 },
];
const FALSE_ALARM = content.render('bot/falseAlarm');

/** t65 item 4: "fausse alerte" outside a form, with and without an alarm just before. */
describe('"fausse alerte" outside any form (t65)', () => {
  const table: Array<{ said: string[]; reply: 'falseAlarm' | 'other'; standDowns: number }> = [
    { said: [DANGER, 'fausse alerte'], reply: 'falseAlarm', standDowns: 1 },
    { said: [DANGER, 'c\'était une fausse alarme'], reply: 'falseAlarm', standDowns: 1 },
    { said: [DANGER, 'c\'est pas une fausse alerte'], reply: 'other', standDowns: 0 },
    { said: [DANGER, 'ce n\'est pas une fausse alerte'], reply: 'other', standDowns: 0 },
    { said: ['fausse alerte'], reply: 'other', standDowns: 0 },
  ];
  for (const { said, reply, standDowns } of table) {
    it(`${said.map((text) => `"${text}"`).join(', ')}: ${reply}, ${standDowns} stand-down`,
      async () => {
        const bot = await harness({ known: KNOWN });
        let last: string[] = [];
        for (const text of said) {
          last = await bot.texts(text);
        }

        expect(bot.gate.standDowns).to.equal(standDowns);
        if (reply === 'falseAlarm') {
          expect(last).to.deep.equal([FALSE_ALARM]);
        } else {
          expect(last).not.to.include(FALSE_ALARM);
        }
      });
  }
});
