import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 20 families, from two sets written blind and a tester's findings: each case is a new
 * phrasing of a family that failed there, or a look-alike that must keep its answer.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a greeting before the question: the question's topic; a greeting alone stays one
  ['faq.contact_unit', 'Bonjour, on peut avoir un rendez-vous à la gendarmerie jeudi ?'],
  ['handoff.request', 'Bonsoir, je peux parler avec une gendarme plutôt ? c\'est intime'],
  ['faq.lost_documents', 'Bonjour, j\'ai égaré mon passeport, je fais comment ?'],
  ['smalltalk.greeting', 'Bonjour, ça va ?'],
  // hunger as an idiom, laughed at, before the opening hours
  ['faq.contact_unit', 'je meurs de faim mdr, la gendarmerie ouvre à quelle heure lundi ?'],
  ['faq.contact_unit', 'vous savez si la brigade est ouverte entre midi et deux ?'],
  ['faq.contact_unit', 'c ou la caserne des gendarmes'],
  // a word cut in two by a voice keyboard
  ['faq.impound', 'ma moto est partie à la four rière, je la récupère où ?'],
  ['faq.proxy_vote', 'je veux faire une pro curation pour ma fille'],
  // a rape on a first date, days ago, and the doubt about filing
  ['faq.sexual_violence', 'il m\'a forcée chez lui après notre premier verre, il y a une ' +
    'semaine, je ne sais pas si je porte plainte'],
  // an old ordeal, its nightmares, the victims' associations; a past threat still to file
  ['faq.complaint_info', 'il y a dix ans on m\'a agressé lors d\'un cambriolage, je fais ' +
    'encore des cauchemars, une association peut m\'aider ?'],
  ['faq.complaint_info', 'l\'an passé le voisin m\'a menacé avec son fusil, je peux encore ' +
    'porter plainte ?'],
  // men call the 3919 too: violence in the couple, not sexual violence
  ['faq.domestic_violence', 'le 3919 c\'est aussi pour un homme que sa femme frappe ?'],
  // threats by text in a family quarrel, in an online game, insults in a stream's chat
  ['faq.harassment', 'ma tante m\'envoie des messages menaçants à cause de la succession'],
  ['faq.harassment', 'un joueur me menace dans le tchat du jeu en ligne depuis hier'],
  ['faq.harassment', 'pendant mes lives des gens insultent dans le chat et connaissent ma rue'],
  ['faq.animals', 'mon chat a été empoisonné par un voisin'],
  // rubbish, smells and rats next door; a neglected child of the neighbourhood
  ['faq.neighbour_dispute', 'le voisin entasse ses déchets au fond du jardin et les rats ' +
    'arrivent chez nous'],
  ['faq.child_in_danger', 'un petit du voisinage fouille les poubelles et il est tout maigre'],
  // an old gun found during works; a bank card found is a found object
  ['faq.firearms', 'on a trouvé un revolver et des balles sous le plancher, on en fait quoi'],
  ['faq.found_object', 'j\'ai trouvé une carte bancaire devant la pharmacie'],
  ['faq.bank_fraud', 'des retraits que je n\'ai pas faits sont sur mon compte'],
  // following a complaint online; a sister opening a line with my papers
  ['faq.complaint_followup', 'je peux suivre ma plainte en ligne ?'],
  ['faq.identity_theft', 'ma soeur a pris un abonnement téléphonique avec mes papiers'],
];

/** Work disputes, school exams, a repaired leak, food near the station: out of scope. */
const OUT_OF_SCOPE = [
  'mon patron ne me paie pas mes heures sup, je fais quoi',
  'au secours mon examen de maths est demain',
  'je meurs de faim, une friterie ouverte vers la brigade ?',
  'on a eu une fuite d\'eau l\'an dernier, c\'est réparé, je dois déclarer quelque chose ?',
];

specifyTopics('round 20 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
