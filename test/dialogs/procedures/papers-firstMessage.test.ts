import { expect } from 'chai';
import { papersProcedure } from '../../../dialogs/procedures/papers';
import { harness } from '../../bots/harness';
import { content } from './harness';

const T = 'procedures/papers';
const ASK_DOCUMENT = content.render(`${T}/ask_document`);
const ASK_WHERE = content.render(`${T}/ask_where`);

interface Case { said: string; topic: string; notAsked: string[]; answers: string[];
  answer: RegExp }

/** What the tester typed first, already saying what the procedure then asked (F5). */
const cases: Case[] = [
  { said: 'slt jai perdu ma carte didentite kesk je fai', topic: 'faq.lost_documents',
    notAsked: [ASK_DOCUMENT], answers: ['en France', 'non'], answer: /Carte d'identité perdue/ },
  { said: 'jai perdu mon passeport a letranger', topic: 'faq.lost_documents',
    notAsked: [ASK_DOCUMENT, ASK_WHERE], answers: [], answer: /Passeport : perte à l'étranger/ },
  { said: "on m'a volé mon permis à l'étranger", topic: 'faq.stolen_documents',
    notAsked: [ASK_DOCUMENT, ASK_WHERE], answers: [], answer: /vol à l'étranger/ },
  { said: "j'ai perdu mon passeport en France", topic: 'faq.lost_documents',
    notAsked: [ASK_DOCUMENT, ASK_WHERE], answers: ['non'], answer: /Passeport perdu/ },
];

describe('lost papers (whole assistant): what the first message said is not asked again', () => {
  cases.forEach(({ said, topic, notAsked, answers, answer }) => {
    it(`"${said}" is not asked ${notAsked.length === 1 ? 'the document' :
      'the document nor where'} again`, async () => {
      const bot = await harness({ known: [{ text: said, topic, score: 0.9 }],
        procedures: [papersProcedure({ content })] });

      const replies = [...await bot.texts(said)];
      for (const text of answers) {
        replies.push(...await bot.texts(text));
      }

      notAsked.forEach((question) => expect(replies).not.to.include(question));
      expect(replies.join('\n')).to.match(answer);
    });
  });

});
