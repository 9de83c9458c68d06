import { expect } from 'chai';
import { keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { content, harness, type Said } from '../../bots/harness';

/** Written in a language the service does not read: told it answers in French (F12). */
const FOREIGN = [
  'مرحبا سرقت سيارتي',
  'у меня украли машину',
  '我的车被偷了',
  'Guten Tag, mein Auto wurde gestern gestohlen',
  'Ich brauche Hilfe',
  'buongiorno, mi hanno rubato la macchina',
  'ho perso il mio portafoglio',
  'olá, roubaram meu carro ontem',
  'bom dia, perdi meus documentos',
];

/** French with a foreign word or name in it, and English or Spanish: for the model. */
const NOT_FOREIGN = [
  'mon voisin Müller m’a menacé',
  'il m’a dit « nicht gut » en rigolant',
  'le restaurant Bella Italia a été cambriolé',
  'je suis en vacances à Porto et j’ai perdu mon passeport',
  'mon mari est portugais, il dit obrigado à tout le monde',
  'ma fille a un copain qui s’appelle Ahmed (أحمد)',
  '"ich bin ein Berliner" a dit mon voisin hier soir',
  'Mme von der Heide ne répond plus',
  'j’ai eu un accident à mi-chemin',
  'hello I lost my passport',
  'hola, perdí mi pasaporte',
];

describe('foreign writers: a message written in another language (tester F12)', () => {
  for (const text of FOREIGN) {
    it(`"${text}" → the French-only answer`, () => {
      expect(keywordAnswerFor(text)).to.equal('frenchOnly');
    });
  }
  for (const text of NOT_FOREIGN) {
    it(`"${text}" → left to the model`, () => {
      expect(keywordAnswerFor(text)).to.equal(undefined);
    });
  }

  /** How the model read them: out of scope, or not understood. */
  const READINGS: Said[] = [
    { text: 'مرحبا سرقت سيارتي', topic: 'none', score: 0.9 },
    { text: 'Guten Tag, mein Auto wurde gestern gestohlen', topic: 'faq.vehicle_theft',
      score: 0.3 },
  ];
  for (const { text } of READINGS) {
    it(`the bot answers "${text}" that it answers in French, and that 112 has interpreters`,
      async () => {
        const bot = await harness({ known: READINGS });

        const [reply] = await bot.say(text);

        expect(reply.text).to.equal(content.render('answers/frenchOnly'));
        expect(reply.text).to.include('in French only').and.to.include('interprètes');
      });
  }
});
