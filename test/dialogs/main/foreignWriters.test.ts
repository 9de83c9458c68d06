import { expect } from 'chai';
import { keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { content, harness, type Said } from '../../bots/harness';

/** What the citizen writes, and whether it asks for another language (tester15 F6). */
const SAYS: Array<[string, boolean]> = [
  ['do you speak english?', true],
  ['¿Hablan español?', true],
  ['english please', true],
  ['English', true],
  ['parlez-vous anglais ?', true],
  ['falam português?', true],
  ['Sprechen Sie Deutsch?', true],
  ['vous parlez arabe ?', true],
  ['can someone answer in english', true],
  ["je ne parle pas bien français", true],
  ['en anglais svp', true],
  ['au 112 ils parlent anglais ?', true],
  // French stories that name a language are the model's to read
  ["mon voisin m'insulte en anglais tous les soirs", false],
  ["j'ai perdu mon passeport anglais", false],
  ['mon fils apprend l espagnol, il peut faire un stage à la gendarmerie ?', false],
  ['hello, I lost my passport', false],
  ['est-ce que quelqu\'un parle anglais ici s\'il vous plaît ?', true],
  // a case told around the request is answered by its topic
  ["je parle pas bien français, on m'a volé mon sac au marché", false],
  ['hello, I lost my passport in Rennes yesterday, do you speak english?', false],
  ['bonjour', false],
];

describe('foreign writers: asking for another language (tester15 F6)', () => {
  for (const [said, asked] of SAYS) {
    it(`"${said}" → ${asked ? 'the French-only answer' : 'no language answer'}`, () => {
      expect(keywordAnswerFor(said) === 'frenchOnly').to.equal(asked);
    });
  }
});

/** How the model read them: the service presentation or a greeting, never "French only". */
const READINGS: Said[] = [
  { text: 'do you speak english?', topic: 'faq.about_service', score: 0.62 },
  { text: '¿Hablan español?', topic: 'smalltalk.greeting', score: 0.4 },
  { text: 'parlez-vous anglais ?', topic: 'faq.about_service', score: 0.9 },
  { text: 'falam português?', topic: 'none', score: 0.7 },
  { text: 'help, a man is hitting my sister, do you speak english?',
    emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
];

describe('the bot tells a foreign writer it answers in French, and that 112 has interpreters',
  () => {
    for (const { text } of READINGS.slice(0, 4)) {
      it(`"${text}" → answers/frenchOnly`, async () => {
        const bot = await harness({ known: READINGS });

        const [reply] = await bot.say(text);

        expect(reply.text).to.equal(content.render('answers/frenchOnly'));
      });
    }

    it('says it in French, English and Spanish, with the 112', () => {
      const text = content.render('answers/frenchOnly');

      expect(text).to.include('en français').and.to.include('in French only')
        .and.to.include('solo en francés').and.to.include('112')
        .and.to.include('interprètes');
    });

    it('leaves an emergency in English to the emergency answer', async () => {
      const bot = await harness({ known: READINGS });

      const texts = await bot.texts(READINGS[4].text);

      expect(texts.join('\n')).to.include('17').and.not.to.include('in French only');
    });
  });
