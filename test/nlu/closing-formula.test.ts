import { expect } from 'chai';
import type { TopicResult } from '../../nlu/classifier';
import { withoutClosingFormula } from '../../nlu/closing-formula';
import { createRecognizer } from '../../nlu/recognizer';

const answer = (topic: string, score = 0.9): TopicResult => ({ topic, score,
  alternatives: [{ topic, score }], ambiguous: false, best: { topic, score } });

/** Letters from elderly writers (blind84 read them as thanks), and thanks that stay thanks. */
const LETTERS: readonly (readonly [string, string])[] = [
  ['BONSOIR. EST-CE QUE QUELQU\'UN RÉPOND LA NUIT SUR CE SERVICE ? MERCI. ODILE',
    'faq.about_service'],
  ['BONJOUR. MA MUTUELLE NE ME REMBOURSE PAS MES LUNETTES. À QUI DOIS-JE M\'ADRESSER ? ' +
    'MERCI. LUCIENNE', 'none'],
  ['Bonjour Monsieur. Comment faire une procuration pour voter ? Merci d\'avance. ' +
    'Cordialement. Jean', 'faq.proxy_vote'],
  ['merci beaucoup', 'smalltalk.thanks'],
  ['merci beaucoup pour votre aide vous avez ete tres gentil', 'smalltalk.thanks'],
  ['ok merci c\'est bon j\'ai compris merci', 'smalltalk.thanks'],
  ['je suis crevée après ma journée au travail, merci beaucoup pour vos réponses',
    'smalltalk.thanks'],
  ['il est génial ce service franchement, merci', 'smalltalk.thanks'],
  ['ma tante est rentrée hier soir, elle s\'était perdue en forêt, merci à vos collègues',
    'smalltalk.thanks'],
];

describe('a question closed with thanks and a signature', () => {
  for (const [text, topic] of LETTERS) {
    it(`answers ${topic} to "${text}"`, async () => {
      const recognizer = await createRecognizer();

      expect((await recognizer.understand(text)).topic).to.equal(topic);
    });
  }

  it('reads the question alone only when the thanks won, greeting and signature left out',
    async () => {
      const asked: string[] = [];
      const classify = async (text: string) => {
        asked.push(text);
        return text.startsWith('ma mutuelle') ? answer('none') : answer('smalltalk.thanks');
      };

      const letter = await withoutClosingFormula(answer('smalltalk.thanks'),
        'bonjour ma mutuelle ne rembourse pas mes lunettes a qui dois je me adresser merci ' +
        'lucienne', classify);
      const chat = await withoutClosingFormula(answer('smalltalk.thanks'),
        'comment vous etes tres gentils vraiment merci', classify);
      const other = await withoutClosingFormula(answer('faq.drones'), 'drone merci', classify);

      expect(letter.topic).to.equal('none');
      expect(chat.topic).to.equal('smalltalk.thanks');
      expect(other.topic).to.equal('faq.drones');
      expect(asked).to.deep.equal(['ma mutuelle ne rembourse pas mes lunettes a qui dois je me ' +
        'adresser', 'comment vous etes tres gentils vraiment']);
    });
});
