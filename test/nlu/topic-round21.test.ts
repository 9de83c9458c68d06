import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 21 families, from four sets written blind: each case is a new phrasing of a family
 * that failed there, or a look-alike of the neighbouring topic that must keep its answer.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a greeting addressed to the gendarmerie is a greeting; with a question, the question
  ['smalltalk.greeting', 'coucou les gendarmes'],
  ['smalltalk.greeting', 'wesh la brigade'],
  ['faq.contact_unit', 'salut la gendarmerie, vous fermez à quelle heure ce soir ?'],
  // pictures of children, threats against a mayor or a school, hate under an article
  ['faq.illegal_content', 'un groupe facebook partage des photos de petits enfants, ' +
    'c\'est malsain, je le signale comment'],
  ['faq.illegal_content', 'des commentaires racistes sous une vidéo de la mairie'],
  ['faq.child_in_danger', 'mon neveu de 5 ans a souvent des marques et il a peur de sa mère'],
  // a grown son takes the pension; a big brother hits when the parents are out
  ['faq.domestic_violence', 'mon fils majeur me menace pour avoir ma pension'],
  ['faq.domestic_violence', 'mon grand frère me frappe quand les parents sont au travail'],
  // an ex following through fake accounts is harassment; a profile in my name is theft
  ['faq.harassment', 'mon ex me suit sur insta avec des faux profils'],
  ['faq.identity_theft', 'quelqu\'un a fait un faux profil facebook avec mon nom'],
  // a private path crossed, a parking quarrel's words
  ['faq.neighbour_dispute', 'le voisin passe sur mon chemin privé avec sa voiture'],
  // my dog bit someone who filed a complaint
  ['faq.animals', 'mon chien a mordu un livreur qui a porté plainte, je risque quoi'],
  // a scratched car, an online complaint
  ['procedure.pre_complaint', 'on a rayé ma portière, je peux porter plainte en ligne ?'],
  // a relative in hospital: the house watched
  ['procedure.otv', 'mon père est à l\'hôpital pour deux semaines, vous pouvez surveiller ' +
    'sa maison ?'],
  // a stolen moto: the insurer, the tracker
  ['faq.vehicle_theft', 'moto volée, j\'appelle l\'assurance avant ou après la plainte ?'],
  ['faq.impound', 'ma voiture est à la fourrière, comment je la récupère'],
  // a delivery app debiting the card; an empty box bought online
  ['faq.bank_fraud', 'uber eats m\'a débité 3 fois sans commande'],
  ['faq.online_scam', 'reçu une boîte vide pour un achat leboncoin'],
  // a neighbours' child yelled at, crying; a neighbour's dog crying is animals
  ['faq.child_in_danger', 'le petit des voisins se fait hurler dessus et pleure tous les ' +
    'soirs'],
  ['faq.animals', 'le chien des voisins pleure enfermé sur le balcon toute la journée'],
  // what to do back in a burgled home; locks and alarms after a bad dream
  ['faq.burglary_prevention', 'quelle alarme mettre chez moi, j\'ai peur des cambrioleurs'],
  // a lost child found again: whom to call, after how long
  ['faq.missing_person', 'si un enfant se perd au camping, on appelle qui et quand ?'],
];

/** Our words in questions that are not ours: a cattle fair, a rap song, pension papers. */
const OUT_OF_SCOPE = [
  'la foire aux bestiaux de cette année c\'est quand',
  'c\'est quoi ce morceau de rap avec appelle le 17 dedans',
  'mon dossier de retraite est à envoyer où ?',
];

specifyTopics('round 21 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
