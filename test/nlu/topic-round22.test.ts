import { expect } from 'chai';
import { looksForeign } from '../../nlu/foreign-words';
import { asksForEmergencyNumbers } from '../../nlu/numbers-question';
import { normalize } from '../../nlu/normalize';
import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 22 families: a tester's words, and phrasings of our own (in no corpus file) of the
 * families four blind sets missed, tourists' English and Spanish first.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // the tester's lines
  ['procedure.pre_complaint', 'vol de tel 😭'],
  ['faq.about_service', 'c quoi la diff entre le 17 et le 112 ?'],
  ['faq.about_service', 'quand faut il appeler le 15 plutot que le 18 ?'],
  ['faq.found_object', "c'est possible de récupérer un objet trouvé ?"],
  ['smalltalk.greeting', 'toujours là ?'],
  ['faq.missing_person', 'si mon enfant se perd à la plage je fais quoi ?'],
  // tourists: read as typed, never "corrected" into French words
  ['faq.about_service', 'i can write in english here?'],
  ['handoff.request', 'real human please, no machine'],
  ['procedure.otv', 'we go away for a month, can the gendarmes watch our house'],
  ['faq.impound', 'my car was taken by a tow truck, where can I get it back'],
  ['faq.contact_unit', 'donde esta la gendarmeria de Perpignan'],
  ['faq.stolen_documents', 'me robaron el pasaporte en la playa, que hago'],
  // French families
  ['faq.domestic_violence', 'je suis un homme, ma compagne me frappe, je peux porter plainte ?'],
  ['faq.complaint_followup', "j'ai porté plainte il y a trois mois et toujours aucune nouvelle"],
  ['faq.lost_documents', "j'ai perdu la carte grise en vidant le coffre de ma voiture"],
];

/** A driver's professional card is the prefecture's. */
const OUT_OF_SCOPE = [
  'renouvellement de carte professionnelle VTC',
];

specifyTopics('round 22 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);

describe('a message written in another language', () => {
  it('is read as typed when it holds two English, Spanish or Portuguese function words', () => {
    const foreign = ['where is the house of the police', 'yo quiero hacer una denuncia',
      'eu quero fazer queixa'];

    expect(foreign.filter((text) => !looksForeign(normalize(text)))).to.deep.equal([]);
  });

  it('is French, and corrected, when it borrows one English word or French look-alikes', () => {
    const french = ["j'ai bu un thé avec mon ex", 'please aidez moi', 'tu es con ou quoi',
      'ce we on part, hé on a mis la clé sous le paillasson', 'de bonne foi, ma foi'];

    expect(french.filter((text) => looksForeign(normalize(text)))).to.deep.equal([]);
  });
});

describe('which of two emergency numbers to call', () => {
  it('is a question about the numbers', () => {
    const asked = ['quand faut il appeler le 15 plutot que le 18 ?',
      'pour un malaise le 15 ou le 18 ?', 'le 18 ou le 112 pour un feu de forêt'];

    expect(asked.filter((text) => !asksForEmergencyNumbers(normalize(text)))).to.deep.equal([]);
  });

  it('leaves ages, a call already made and a novelist\'s hero alone', () => {
    const told = ['mon fils a 15 ou 17 ans', "j'ai appelé le 17 plutôt que de venir",
      'dans mon roman le héros appelle le 17 ou le 15 en premier ?'];

    expect(told.filter((text) => asksForEmergencyNumbers(normalize(text)))).to.deep.equal([]);
  });
});
