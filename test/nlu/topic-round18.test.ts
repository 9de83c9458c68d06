import { expect } from 'chai';
import { asksForEmergencyNumbers } from '../../nlu/numbers-question';
import { normalize } from '../../nlu/normalize';
import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 18 families, from a tester's session: each case failed before the round, in the
 * words the tester used or in others of the same family.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a caller after one's card codes is the fake-advisor scam, not out of scope
  ['faq.online_scam', "un mec m'a demandé mes codes de carte bleue au tel"],
  ['faq.online_scam', 'une femme au téléphone voulait le code que ma banque venait de ' +
    "m'envoyer par sms"],
  // the deaf's number is a question about the service's numbers, not a unit's address
  ['faq.about_service', 'y a t il un numéro pour les sourds pour contacter la gendarmerie'],
  ['faq.about_service', 'ma mère est malentendante, comment peut-elle joindre les secours ?'],
  ['faq.lost_documents', "j'ai perdu mon permis en promenant mon chien"],
  ['faq.found_object', "j'ai ramassé un trousseau de clés au parc à chiens"],
  // continuing a watch request is the OTV, whatever came before
  ['procedure.otv', 'en fait si je veux continuer ma demande de surveillance'],
  ['procedure.otv', 'je reprends ma demande de surveillance pour les vacances de février'],
  // a question after thanks is no goodbye: adding to a complaint already filed
  ['faq.complaint_followup', "merci, et si je me rappelle d'autres objets ?"],
  ['faq.complaint_followup', 'merci, mais si je retrouve des photos des objets volés après ?'],
  ['smalltalk.goodbye', "merci, c'est tout pour moi, au revoir"],
];

/** Another administration's report after a fire: the firefighters, not the gendarmerie. */
const OUT_OF_SCOPE = [
  // a lost pet is no lost paper, and not the animals' answer either (cruelty, strays, bites:
  // round 24): the identification register and the shelters find it
  "j'ai perdu mon chien",
  'où trouver le rapport des pompiers',
  'le rapport des pompiers pour notre feu de cheminée de 2019, je le demande où ?',
];

specifyTopics('round 18 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);

describe('the deaf asking for a number', () => {
  it('is a question about the emergency numbers', () => {
    const asked = ['un numero pour les sourds ?', 'le 114 c pour les malentendants ?',
      'je suis sourde, comment je peux contacter la gendarmerie'];

    expect(asked.filter((text) => !asksForEmergencyNumbers(normalize(text)))).to.deep.equal([]);
  });

  it('leaves a deaf person\'s story without a question about numbers alone', () => {
    const told = ['mon voisin est sourd et met la télé très fort la nuit',
      "ma grand-mère malentendante n'entend pas la sonnette, j'ai peur des cambrioleurs"];

    expect(told.filter((text) => asksForEmergencyNumbers(normalize(text)))).to.deep.equal([]);
  });
});
