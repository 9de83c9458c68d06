import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 17 families, told in words none of the corpus lines use: they check that the family
 * was learnt, not the sentence. Domestic violence drew any story with a person and a verb;
 * each case fails if its topic goes back to that attractor or to the neighbour before it.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a professional or a relative told by a child: the child, not the couple
  ['faq.child_in_danger', "je suis éducatrice, une fillette m'a dit que sa mère la gifle " +
    'tous les soirs à la maison, que dois-je faire'],
  ['faq.child_in_danger', "le petit que j'entraîne au basket dit que son père le cogne chez lui"],
  // someone at work following and commenting: harassment
  ['faq.harassment', "je nettoie des bureaux la nuit et le veilleur me suit partout en " +
    'commentant ma tenue'],
  // a client's hands during a service, abuse told decades later
  ['faq.sexual_violence', "pendant l'épilation un client m'a touchée sans mon accord, je " +
    'suis esthéticienne, que faire'],
  ['faq.sexual_violence', "j'ai 50 ans et je n'ai jamais raconté les gestes déplacés d'un " +
    'voisin quand j\'étais enfant, il existe un endroit pour en parler ?'],
  // things taken by a former flatmate, a customer who never paid: the complaint
  ['procedure.pre_complaint', 'je veux porter plainte, mon ancienne coloc a emporté mon ' +
    'aspirateur et mon vélo en partant'],
  ['procedure.pre_complaint', "je suis électricien, un client ne m'a jamais réglé le chantier " +
    'et il a bloqué mon numéro, je veux porter plainte'],
  // an animal mistreated by a neighbour, barking as a nuisance, a find by a dog
  ['faq.animals', "mon voisin cogne son chien dans le jardin, on l'entend couiner"],
  ['faq.neighbour_dispute', 'le chien du voisin aboie sans arrêt toute la journée'],
  ['faq.found_object', 'mon chien a déterré une boîte pleine de billets dans le pré'],
  // documents mislaid, and stolen told in English
  ['faq.lost_documents', "j'ai égaré ma carte grise, je ne sais plus où je l'ai mise"],
  ['faq.stolen_documents', 'my passport was stolen in the train, what do I do'],
  // vehicles of work and of horses
  ['faq.vehicle_theft', 'on a volé le van des chevaux garé près du manège'],
  ['faq.traffic_fines', 'mon permis a été retenu sur place pour vitesse, quand le récupérer'],
  ['faq.bank_fraud', 'un boîtier était collé sur le lecteur de la pompe, puis des débits ' +
    'inconnus sur mon compte'],
  ['faq.identity_theft', 'mon oncle a ouvert une ligne mobile avec ma carte d\'identité'],
  ['faq.domestic_violence', 'ordonnance de protection possible sans déposer plainte ?'],
  ['smalltalk.thanks', 'merci aux gendarmes venus hier soir pour mon père, il va bien'],
  ['faq.recruitment', 'je suis fleuriste, comment entrer dans la garde républicaine'],
  ['faq.burglary_prevention', 'comment sécuriser ma boutique de téléphones contre les vols'],
];

/** A job named then a question out of scope: the job words do not decide. */
const OUT_OF_SCOPE = [
  'je cherche une salle de sport pas chère près de la gare',
];

specifyTopics('round 17 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
