import { expect } from 'chai';
import { keywordAnswerFor } from '../../dialogs/common/keywordAnswers';
import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 27: misses left by round 26 and families found by a red team of 367 ordinary
 * questions. Other phrasings than the corpus lines of wide-round27.json, so that each
 * family is checked for what the model generalises.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // where a complaint already filed stands, asked by "elle en est où", "du nouveau" or
  // the months gone by without news: the offence named is no complaint still to file
  ['faq.complaint_followup', 'la plainte a abouti ?'],
  ['faq.complaint_followup', 'ma plainte pour le vol de mon portefeuille elle en est ou'],
  ['faq.complaint_followup', 'du nouveau pour mon sac arraché ?'],
  ['faq.complaint_followup', 'du nouveau pour ma voiture rayée ?'],
  ['faq.complaint_followup', 'du nouveau concernant mon vélo volé le mois dernier ?'],
  ['faq.complaint_followup', 'mon portefeuille volé en janvier, la plainte a donné quoi ?'],
  ['faq.complaint_followup', 'on en est ou pour mon histoire de vol de telephone'],
  ['faq.complaint_followup', 'ça fait 4 mois pour ma voiture volée et personne ne me rappelle'],
  ['faq.complaint_followup', 'ca fait 6 mois pour mon cambriolage et toujours rien'],
  ['faq.complaint_followup',
    'ca fait 6 mois pour mon cambriolage et toujours rien, vous avez des nouvelles'],
  // ... while a complaint still to file stays the pré-plainte
  ['procedure.pre_complaint', 'je veux porter plainte pour le vol de mon scooter'],
  // a deceased relative's car and papers: round 26 chose the papers' answer, which points
  // to the ANTS where a carte grise changes hands; `none` would only say "not us"
  ['faq.lost_documents', 'mon père est décédé, que faire de la carte grise de sa voiture'],
  ['faq.lost_documents',
    'ma mere est morte, sa voiture est a son nom, on fait comment pour la vendre'],
  ['faq.lost_documents', 'deces de mon mari, changement de titulaire de la carte grise'],
  ['faq.lost_documents', 'héritage voiture papa carte grise'],
  ['faq.lost_documents',
    'que faire des papiers du véhicule de mon grand-père qui vient de mourir'],
  // a car gone, stolen or towed: the theft answer checks the pound first
  ['faq.vehicle_theft', 'comment savoir si ma voiture a ete volee ou mise en fourriere'],
  ['faq.vehicle_theft', "ma voiture n'est plus là, volée ou fourrière, comment savoir ?"],
  ['faq.vehicle_theft',
    'plus de voiture ce matin devant la maison, personne l a deplacee, ya quoi a faire'],
  ['faq.vehicle_theft', "ma voiture a disparu, personne de la famille ne l'a prise"],
  // ... while a car known to be at the pound stays the pound
  ['faq.impound', 'ma voiture a ete enlevee par la fourriere, ou est ce que je la recupere'],
  // papers stolen from inside a car: the papers, not the car
  ['faq.stolen_documents', 'sacoche volée dans la voiture avec tous les papiers du vehicule'],
  // satisfaction told without "merci"
  ['smalltalk.thanks', "top, c'est exactement ce que je cherchais"],
  ['smalltalk.thanks', "top c'est exactement ça"],
  ['smalltalk.thanks', "c'est tout a fait ce que je voulais savoir"],
  // an investment site that keeps the money
  ['faq.online_scam',
    'placement crypto qui promettait 20% par mois, je ne peux plus retirer mon argent'],
  ['faq.online_scam', 'plateforme de trading qui bloque mes retraits'],
  // a terrorist group's propaganda named by the group
  ['faq.illegal_content', "une chaine youtube fait la promotion de l'Etat islamique"],
  ['faq.illegal_content', 'un compte fait de la propagande djihadiste'],
  // a parked car found damaged, the driver gone: a hit-and-run, nothing found
  ['faq.road_accident',
    'retrouvé mon retroviseur arraché et une trace de peinture bleue, comment retrouver le '
    + 'fautif'],
  ['faq.road_accident',
    "j'ai retrouvé mon aile enfoncée sur le parking, personne n'a laissé de mot"],
  // something a relative picked up
  ['faq.found_object', 'ma fille a ramassé un appareil photo dans le parc, on fait quoi'],
  // a dog found with a collar is a stray animal (the corpus' reading), not lost property
  ['faq.animals',
    'un chien portait un collier avec une medaille mais pas d adresse, trouvé ce matin'],
  // selling one's firearm to someone: the firearms answer, not the papers'
  ['faq.firearms', 'vendre un fusil a un particulier quelles demarches'],
  ['faq.firearms', 'je vends ma carabine a un ami, il y a des papiers a faire ?'],
  // papers gone, lost or stolen unknown: the papers, never the vehicle theft
  ['faq.lost_documents',
    'mon permis a disparu je sais pas si on me l a volé ou si je l ai perdu'],
  // a station that moved
  ['faq.contact_unit', 'la gendarmerie de Cognac a déménagé ?'],
  ['faq.contact_unit', 'horaires d ouverture de la brigade le samedi'],
];

/**
 * Out of scope: gifts to gendarmes' families and charities (about_service is what this
 * service is and does, not the gendarmerie's charities, and no topic has them), other
 * services' bills (firefighters, ambulances), other offices' hours.
 */
const OUT_OF_SCOPE: readonly string[] = [
  'je voudrais faire un don pour les familles des gendarmes tués en service',
  'une association pour les gendarmes blessés ça existe ?',
  'comment faire un don aux familles des gendarmes morts en service',
  "je veux donner de l'argent pour les enfants d'un gendarme decede",
  'puis je faire un don a votre service',
  'comment soutenir la gendarmerie financierement',
  'existe t il une association pour les familles de gendarmes morts en service',
  'je souhaite faire un don en memoire d un gendarme',
  "association d'aide aux gendarmes blessés en service",
  'on a fait venir une ambulance pour ma mere, qui paye ?',
  'la facture des pompiers pour ma porte',
  'les pompiers ont cassé ma porte pour entrer, qui rembourse ?',
  'on a appelé une ambulance pour mon pere, qui regle la note',
  'le samu a envoyé une ambulance pour mon pere, on va devoir payer ?',
  'a quelle heure ferme la poste',
  'la poste de mon village est fermée le mercredi ?',
];

specifyTopics('round 27 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);

describe('round 27: a firefighter\'s or ambulance\'s bill is never this service\'s price', () => {
  const bills = [
    ...OUT_OF_SCOPE.filter((line) => /pompiers|ambulance/.test(line)),
    "l'ambulance c'est gratuit ?",
    'les pompiers c est payant pour ouvrir ma porte ?',
  ];
  for (const text of bills) {
    it(`gives no keyword answer to ${JSON.stringify(text)}`, () => {
      expect(keywordAnswerFor(text)).to.equal(undefined);
    });
  }
});
