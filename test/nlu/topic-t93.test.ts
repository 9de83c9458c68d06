import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 49 (rural France and small towns): regional greetings, thanks and goodbyes (Breton,
 * Gascon, Alsatian, Ch'ti) and their typos, whose unknown words the corrector turned into a
 * topic's ("bijour" into "bijoux", "m'sieur" into "me soeur"). Every line was answered
 * wrongly before wide-round49.json and the "m'sieur" respelling; other phrasings than that
 * file. "adishatz" and "adieu" say hello as well as goodbye in the south: either answer.
 */
const GREETINGS: readonly TopicCase[] = [
  ['smalltalk.greeting', "bonjour m'sieur dame, vous allez bien"],
  ['smalltalk.greeting', 'bijour a vous'],
  ['smalltalk.greeting', "bijour m'sieur"],
  ['smalltalk.greeting', "b'jour m'sieur dame"],
  ['smalltalk.greeting', 'bijour la gendarmerie'],
  ['smalltalk.greeting', "bjour m'sieur dame"],
  ['smalltalk.greeting', "bonjour m'sieur l'gendarme"],
  ['smalltalk.greeting', "bijour m'sieur l'gendarme"],
  ['smalltalk.greeting', "demat deoc'h"],
  ['smalltalk.greeting', 'salü binander'],
  ['smalltalk.greeting', 'adieu peuchère, ça va ?'],
  ['smalltalk.greeting|smalltalk.goodbye', 'adishatz !'],
  ['smalltalk.greeting|smalltalk.goodbye', 'adieu la compagnie'],
  ['smalltalk.greeting|smalltalk.goodbye', 'adishatz e a maitin'],
];

const THANKS: readonly TopicCase[] = [
  ['smalltalk.thanks', "trugarez deoc'h"],
  ['smalltalk.thanks', 'trugarez vras'],
  ['smalltalk.thanks', "trugarez bras deoc'h"],
  ['smalltalk.thanks', 'mercès plan'],
  ['smalltalk.thanks', 'merces forca'],
];

const GOODBYES: readonly TopicCase[] = [
  ['smalltalk.goodbye', 'kenavo ar wech all'],
  ['smalltalk.goodbye', 'àdie mitnànder'],
  ['smalltalk.goodbye', "à t'à l'heure alors"],
  ['smalltalk.goodbye', "a t'a l'heure"],
  ['smalltalk.goodbye', "allez à t'aleure"],
  ['smalltalk.goodbye', "au r'voir m'sieur dame"],
];

specifyTopics('topics, round 49: regional greetings, thanks and goodbyes',
  [...GREETINGS, ...THANKS, ...GOODBYES], [], false);

/** A boar hunt to announce, a stray bullet in a barn with nobody hurt: weapons, not animals. */
specifyTopics('topics, round 49: hunting', [
  ['faq.firearms', 'dimanche y a battue au sanglier sur la commune, on doit vous prevenir ?'],
  ['faq.firearms', "battue aux sangliers organisée samedi, est-ce qu'il faut déclarer ça aux " +
    'gendarmes'],
  ['faq.firearms', 'en tant que président de la société de chasse je dois signaler la battue ' +
    'à la brigade ?'],
  ['faq.firearms', 'on chasse le sanglier en battue dimanche pres des maisons, faut prevenir ' +
    'la brigade ?'],
  ['faq.firearms', 'faut il declarer une battue aux gendarmes'],
  ['faq.firearms', 'une balle de chasse a traversé la toiture de la grange du voisin, pas de ' +
    'blessé, faut-il le déclarer'],
  ['faq.firearms', "balle perdue dans l'étable du voisin pendant la chasse, personne blessé, " +
    'je dois faire quoi'],
  ['faq.firearms', "la balle d'un chasseur a touché le mur de la grange de mon voisin, " +
    'personne blessé, on déclare où ?'],
  ['faq.firearms', "j'ai tiré un sanglier et la balle a ricoché sur la grange du voisin, il " +
    "n'y a pas de blessé, je dois déclarer ?"],
  ['faq.firearms', 'validation du permis de chasser cette annee je fais comment'],
], [], false);

/** A near-miss with a lorry, an injured person found one day by the road: not animals. */
specifyTopics('topics, round 49: a near-miss, an injured person by the road', [
  ['faq.road_accident', "hier un camion m'a frôlé sur la départementale, j'ai fini dans le " +
    'fossé, pas de blessé'],
  ['faq.road_accident', 'un semi remorque a manqué de me renverser hier sur la route, rien ' +
    'de cassé, on peut porter plainte'],
  ['faq.road_accident', "un camion m'a serré hier sur la nationale, j'ai eu peur mais " +
    'personne de blessé, je peux faire quelque chose'],
  ['faq.road_accident', 'si je tombe sur quelqu un blessé au bord de la route un jour je dois ' +
    'appeler quel numero'],
  ['faq.road_accident', 'que faire si on trouve une personne blessee sur le bord de la route'],
  ['faq.road_accident', 'si je trouve un motard blessé dans le fossé je fais quoi en premier'],
  ['faq.road_accident', 'si jamais je trouve un blessé sur la route de nuit, c est qui qu il ' +
    'faut appeler'],
], [], false);

/** A stolen car found burnt, a van taken from the farmyard with its keys on. */
specifyTopics('topics, round 49: vehicles stolen in the countryside', [
  ['faq.vehicle_theft', "ma voiture volée le mois dernier a été retrouvée brûlée, les " +
    "gendarmes m'ont appelé, ça se passe comment après"],
  ['faq.vehicle_theft', 'on m a pris le fourgon dans la cour, les clefs etaient sur le contact'],
  ['faq.vehicle_theft', 'on m a vole mon camion avec les cles dessus dans la cour de la ferme'],
  ['faq.vehicle_theft', 'bon ben voila ce matin en allant a la traite j ai vu que le fourgon ' +
    'etait plus dans la cour, le gamin avait laisse les cles sur le contact comme d hab, chez ' +
    'nous on ferme jamais c est la campagne, qu est ce que je dois faire'],
  ['faq.vehicle_theft', "peuchère, on m'a piqué l'utilitaire dans la cour cette nuit, les " +
    'clés étaient restées au tableau de bord'],
  ['faq.vehicle_theft', 'oh pétard, le fourgon de la ferme a été chouré cette nuit, et moi ' +
    'qui avais laissé les clés dessus'],
], [], false);

/** A farm or seasonal worker gone since payday, his things left behind. */
specifyTopics('topics, round 49: a farm worker gone since payday', [
  ['faq.missing_person', "mon ouvrier saisonnier n'est pas revenu depuis le jour de paie, ses " +
    'affaires sont encore dans le mobil-home'],
  ['faq.missing_person', "un vendangeur est parti samedi soir et n'est jamais revenu, ses " +
    'valises sont encore au gîte'],
  ['faq.missing_person', 'notre salarié agricole est introuvable depuis vendredi, ses ' +
    'affaires sont restées'],
  ['faq.missing_person', 'le saisonnier qui fait les foins chez nous est pas revenu depuis qu ' +
    'on l a payé, ses affaires sont encore dans sa chambre'],
  ['faq.missing_person', "un ouvrier polonais de l'exploitation a disparu depuis la paie, son " +
    'sac et ses papiers sont là'],
  ['faq.missing_person', 'notre berger n est pas redescendu depuis la paye, ses affaires sont ' +
    'toujours a la cabane'],
], [], false);

/** A licence withdrawn at a roadside check, and the cows still to milk: not lost papers. */
specifyTopics('topics, round 49: a licence withdrawn, work to get to', [
  ['faq.traffic_fines', 'retrait de permis immédiat hier soir, j habite à 20 km de mon ' +
    'travail, je peux rouler ?'],
  ['faq.traffic_fines', 'suspension du permis sur le champ, moi qui dois aller traire matin ' +
    'et soir, je fais comment'],
  ['faq.traffic_fines', 'on m a sucré le permis au controle, comment j vais aller bosser a la ' +
    'ferme'],
  ['faq.traffic_fines', "plus de permis depuis le contrôle d'hier, je suis éleveur, comment je " +
    'fais pour aller traire'],
], [], false);

/**
 * The station too far ("ça me tue" is an idiom, never a topic of its own), and a patrol asked
 * for the village festival's yearly fights.
 */
specifyTopics('topics, round 49: a station too far, a patrol for the festival', [
  ['faq.contact_unit', 'ça me tue, 40 km pour aller porter un papier à la brigade, il y a pas ' +
    'plus près de Riom ?'],
  ['faq.contact_unit', '40 km pour la gendarmerie ça me tue, y a rien de plus pres de Mauriac'],
  ['faq.contact_unit', "a mon age ça me tue de faire la route jusqu'à la brigade, y en a pas " +
    'une plus près du village'],
  ['faq.contact_unit', 'ça me tue de conduire 40 km pour la brigade, la plus proche de ' +
    "Chaudes-Aigues c'est laquelle"],
  ['faq.contact_unit|handoff.request', 'à la fête votive y a des bagarres tous les ans, vous ' +
    'pourriez envoyer une patrouille'],
  ['faq.contact_unit|handoff.request', 'chaque annee a la fete du village ca se bat, pouvez ' +
    'vous passer avec une patrouille'],
  ['faq.contact_unit|handoff.request', 'à la fête du village y a chaque année de la bagarre, ' +
    'on peut avoir une patrouille ce soir-là ?'],
  ['faq.contact_unit|handoff.request', 'on organise la fête du bourg, chaque année des ' +
    'bagarres, les gendarmes peuvent passer ?'],
  ['faq.contact_unit|handoff.request', 'pour la vogue du village y a toujours de la baston, ' +
    'vous pouvez mettre une patrouille'],
  ['faq.contact_unit|handoff.request', 'je suis le maire, pour la fête patronale on aimerait ' +
    'une patrouille, il y a des rixes chaque année'],
], [], false);
