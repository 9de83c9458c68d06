import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 16 families, told in words none of the corpus lines use: they check that the family
 * was learnt, not the sentence. Each fails if its topic goes back to the neighbour or to
 * `none` that took it before the round.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // a death word used as a figure of speech: the rest of the message decides
  ['smalltalk.thanks',
    "je suis morte de fatigue après ma nuit à l'hôpital, merci beaucoup pour vos réponses"],
  ['faq.about_service', "mon portable est mort, je peux continuer sur l'ordinateur du bureau ?"],
  ['faq.recruitment', 'ce métier me tue, comment entrer dans la gendarmerie ?'],
  // a radar in an unmarked car: the fine, not `none`
  ['faq.traffic_fines', "un radar dans une voiture banalisée m'a flashé, est-ce légal ?"],
  // children told by a neighbour or a grandparent: not a neighbours' quarrel, not the couple
  ['faq.child_in_danger', 'les petits voisins jouent seuls dans la rue jusqu\'à minuit tous ' +
    'les soirs, je ne sais pas si je dois signaler'],
  ['faq.child_in_danger', "mon petit-fils m'a dit que l'ami de sa maman le bat"],
  // a search asked for, someone living outside no longer seen
  ['faq.missing_person', 'comment diffuser un avis de recherche pour ma cousine'],
  ['faq.missing_person', "le sans-abri qui dormait devant la pharmacie n'est plus là depuis " +
    "des semaines, on s'inquiète"],
  // a passenger's forgotten luggage
  ['faq.found_object',
    "un client de mon taxi a oublié son sac à l'arrière, je le dépose où ?"],
  // weekly parties, the conciliator, a neighbour's fuel stored with no leak
  ['faq.neighbour_dispute', 'les voisins font la fête tous les samedis jusqu\'à 5h'],
  ['faq.neighbour_dispute', 'comment saisir le conciliateur de justice pour un problème de haie'],
  ['faq.neighbour_dispute',
    "mon voisin garde des bidons d'essence dans son garage, ça m'angoisse, à qui en parler"],
  ['faq.drones', "mon drone fait 249 grammes, dois-je l'enregistrer ?"],
  ['faq.contact_unit', 'la gendarmerie de Lourdes ferme à quelle heure ?'],
  // the public reporting platforms and numbers, asked about by name
  ['faq.illegal_content', 'un signalement sur pharos est-il anonyme ?'],
  ['faq.online_scam', 'à quoi sert le 33700 ?'],
  ['faq.harassment', 'le 3018 c\'est pour les parents aussi ?'],
  // money asked against intimate pictures: a scam, not only harassment
  ['faq.online_scam',
    "quelqu'un sur snapchat veut 300 euros sinon il envoie mes photos à mes amis"],
  ['faq.identity_theft',
    "quelqu'un touche des aides sociales avec mon numéro de sécurité sociale"],
  ['faq.stolen_documents',
    "on a forcé ma boîte aux lettres et volé ma nouvelle carte d'identité"],
  ['faq.sexual_violence', "un homme s'est exhibé devant des collégiennes à l'abribus"],
  // a hit-and-run days ago, a parked empty car touched while manoeuvring
  ['faq.road_accident', 'mon fils a été renversé à vélo il y a une semaine, le conducteur ' +
    'a pris la fuite, que faire'],
  ['faq.road_accident', "en manoeuvrant mon camion j'ai touché une voiture garée vide"],
  // the citizen wants to file: the pre-complaint, not how complaints work
  ['procedure.pre_complaint', "on s'est fait frapper à la sortie d'une soirée, on a un " +
    'certificat médical, on veut porter plainte'],
  ['procedure.pre_complaint',
    "des jeunes ont brûlé notre cabane de chasse, l'assureur veut une plainte"],
  ['faq.proxy_vote', "je serai à l'étranger pendant les élections, comment voter ?"],
  ['faq.burglary_prevention', 'quelle alarme pour une boutique de vêtements ?'],
  ['faq.domestic_violence',
    'je quitte mon mari demain avec les enfants, je porte plainte avant ou après ?'],
];

/** Death words as figures of speech, with nothing else to answer: `none`. */
const OUT_OF_SCOPE = [
  'je meurs de faim, un restaurant ouvert près d\'ici ?',
  'mon patron me tue avec ses horaires',
];

specifyTopics('round 16 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
