import { expect } from 'chai';
import { type KeywordAnswer, keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { content, harness, type Said } from '../../bots/harness';

/**
 * A deceased relative's car or papers (round 27): the lost-papers procedure asked "où cela
 * s'est-il passé ?" and answered with a duplicate. Other phrasings than the corpus.
 */
const SAYS: Array<[string, KeywordAnswer | undefined]> = [
  ['mon père est décédé, que faire de la carte grise de sa voiture', 'deceasedPapers'],
  ['ma mere est morte, sa voiture est a son nom, on fait comment pour la vendre',
    'deceasedPapers'],
  ['deces de mon mari, changement de titulaire de la carte grise', 'deceasedPapers'],
  ['héritage voiture papa carte grise', 'deceasedPapers'],
  ["ma grand-mère est décédée, faut-il rendre sa carte d'identité ?", 'deceasedPapers'],
  ["que faire du passeport d'un proche décédé", 'deceasedPapers'],
  ['on hérite de la moto de mon oncle, il faut la mettre à notre nom ?', 'deceasedPapers'],
  // a weapon keeps the firearms answer, a story of an accident or a complaint its own
  ['mon père est décédé, que faire de ses fusils et de son permis de chasser', undefined],
  ["ma mère est morte dans un accident de voiture, le chauffard a perdu son permis ?",
    undefined],
  ["mon frère est décédé, je veux porter plainte contre l'hôpital", undefined],
  // no one deceased
  ['j ai perdu ma carte grise', undefined],
  ["l'accident a fait un mort, mon permis va être suspendu ?", undefined],
  ['ma batterie est morte, je peux rouler sans carte grise ?', undefined],
  ["mon père est décédé, qui résilie son abonnement d'électricité ?", undefined],
];

describe('keyword answers: a deceased relative\'s car or papers', () => {
  for (const [said, answer] of SAYS) {
    it(`"${said}" → ${answer ?? 'no keyword answer'}`, () => {
      expect(keywordAnswerFor(said)).to.equal(answer);
    });
  }

  it('is answered whatever the model read, without the lost-papers questions', async () => {
    const text = 'mon père est décédé, que faire de la carte grise de sa voiture';
    const known: Said[] = [{ text, topic: 'faq.lost_documents', score: 0.7 }];
    const bot = await harness({ known });

    const [reply] = await bot.say(text);

    expect(reply.text).to.equal(content.render('answers/deceasedPapers'));
  });

  it('says nothing is declared at the gendarmerie and points to the ANTS', () => {
    expect(content.render('answers/deceasedPapers')).to.include('pas à la gendarmerie')
      .and.to.include('ants.gouv.fr').and.not.to.include('duplicata');
  });
});
