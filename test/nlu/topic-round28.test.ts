import { specifyTopics, type TopicCase } from './topicTable';

/**
 * Round 28: families fresh sets misread. Other phrasings than the corpus lines of
 * wide-round28.json, so that each family is checked for what the model generalises.
 */
const TOPIC_CASES: readonly TopicCase[] = [
  // how to reach help from here is this service's question...
  ['faq.about_service', 'la nuit, pour un souci grave, je vous écris ou je compose le 17 ?'],
  ['faq.about_service', 'si c\'est urgent, je vous écris ici ou j\'appelle le 17 ?'],
  ['faq.about_service', 'le tchat est dispo aussi la nuit ?'],
  ['faq.about_service', 'le tchat marche aussi le dimanche ?'],
  // ... and the lines with a topic of their own keep it, wherever they were seen
  ['faq.child_in_danger', 'j\'ai vu le 119 sur une affiche à l\'école, c\'est pour quoi ?'],
  ['faq.domestic_violence', 'le 3919 affiché dans les toilettes du restaurant, c\'est quoi ?'],
  // a shopkeeper afraid of a hold-up at closing time: prevention
  ['faq.burglary_prevention',
    'ma boulangerie ferme à 20h, j\'ai peur qu\'on me braque, des conseils ?'],
  ['faq.burglary_prevention',
    'en tant que pharmacien, que faire pour limiter les risques de braquage quand on ferme ?'],
  ['faq.burglary_prevention',
    'je gère une station essence, comment éviter les braquages quand je fais la caisse '
    + 'le soir ?'],
  ['faq.burglary_prevention',
    'commerçante seule dans ma boutique, des conseils pour ne pas me faire braquer à la '
    + 'fermeture ?'],
  // a teenager who hits his mother when refused, a colleague living it at home: the couple's
  // and family's violence answer, not the child in danger nor out of scope
  ['faq.domestic_violence',
    'mon fils de 14 ans frappe sa mère à chaque fois qu\'on lui refuse quelque chose'],
  ['faq.domestic_violence', 'notre ado devient violent avec sa maman quand on lui dit non'],
  ['faq.domestic_violence',
    'mon fils de 16 ans pousse et tape sa mère quand on ne lui donne pas ce qu\'il veut'],
  ['faq.domestic_violence', 'j\'ai vu un reportage sur les femmes tuées par leur conjoint, '
    + 'comment aider une collègue dans ce cas ?'],
  ['faq.domestic_violence',
    'une collègue vit des violences chez elle, comment je peux l\'aider ?'],
  ['faq.domestic_violence', 'après avoir vu un film sur les violences conjugales, je m\'inquiète '
    + 'pour une collègue, comment l\'aider ?'],
  // noise all night, "on dort plus": neighbours, never a goodbye
  ['faq.neighbour_dispute', 'pétards jusqu\'au matin dans la cité, on arrive plus à dormir'],
  ['faq.neighbour_dispute',
    'ils lancent des pétards toute la nuit dans le quartier, on dort plus'],
  ['faq.neighbour_dispute', 'tous les soirs des feux d\'artifice dans la résidence, on dort plus'],
  ['faq.neighbour_dispute', 'les voisins du dessus font du bruit toute la nuit, on dort plus'],
  ['faq.neighbour_dispute',
    'des jeunes tirent des feux d\'artifice dans la cité jusqu\'à 4h, on dort plus'],
  ['faq.neighbour_dispute',
    'pétards et klaxons toute la nuit dans mon quartier, impossible de dormir, que faire ?'],
  // a complaint filed away from home: where it stands is the follow-up...
  ['faq.complaint_followup', 'j\'ai porté plainte pendant mes congés en juillet, maintenant que '
    + 'je suis rentrée comment savoir où en est le dossier ?'],
  ['faq.complaint_followup',
    'plainte déposée dans les Landes en vacances, je suis de retour chez moi, comment la '
    + 'suivre ?'],
  ['faq.complaint_followup', 'j\'avais porté plainte à Biarritz cet été, je suis rentré à '
    + 'Lille, comment savoir où ça en est ?'],
  // ... where to file one for facts elsewhere is how complaints work (or the pré-plainte,
  // which answers it too: from anywhere, for facts anywhere in France)...
  ['faq.complaint_info|procedure.pre_complaint', 'je rentre à Lyon dimanche, je pourrai porter '
    + 'plainte là-bas pour un vol commis à Biarritz ?'],
  ['faq.complaint_info', 'est-ce que je dois porter plainte sur le lieu du vol ou je peux le faire '
    + 'chez moi à Paris ?'],
  ['faq.complaint_info',
    'je suis de retour à Paris, je peux porter plainte ici pour un vol subi en Bretagne ?'],
  // ... and blows from someone named, to be filed, are the pré-plainte
  ['procedure.pre_complaint', 'l\'homme qui m\'a frappé samedi à la fête du village, je sais '
    + 'comment il s\'appelle, comment je porte plainte ?'],
  ['procedure.pre_complaint',
    'j\'ai pris des coups au bal de samedi par un gars que je connais, comment déposer plainte ?'],
  ['procedure.pre_complaint',
    'un homme m\'a frappé au bal samedi soir, je connais son nom, je veux porter plainte'],
  // leaving for the ski slopes: the watch, or how to avoid a burglary, never a complaint
  ['procedure.otv', 'on part au ski dix jours, vous pouvez surveiller la maison ?'],
  ['procedure.otv',
    'on part au ski la semaine prochaine, je veux m\'inscrire à l\'opération tranquillité '
    + 'vacances'],
  ['faq.burglary_prevention',
    'on part au ski et j\'ai peur qu\'on soit cambriolés, des conseils ?'],
  ['faq.burglary_prevention',
    'on part à la montagne pour les vacances, comment éviter les cambrioleurs ?'],
];

/**
 * An emergency number asked about abroad, on a poster, in fiction or for its history; and
 * what shares our words without being ours: a flat battery, a first-aid course, a fire seen
 * on Facebook, weapons in a video game, a complaint as a gamer's joke.
 */
const OUT_OF_SCOPE: readonly string[] = [
  'en vacances au Portugal, le 112 répond ?',
  'le 112 est valable dans tous les pays d\'Europe ?',
  'on part au Maroc, le 112 marche là-bas ?',
  'c\'est quoi le 3114 écrit sur le panneau à l\'entrée de l\'hôpital ?',
  'j\'ai lu 3114 sur une pub dans le métro, c\'est quel genre de numéro ?',
  'le 3114 qu\'on voit sur les affiches du métro, c\'est quoi au juste ?',
  'dans les films policiers ils composent le 17 et la patrouille est là tout de suite, c\'est '
    + 'pareil en vrai ?',
  'dans les séries la police débarque deux minutes après l\'appel au 17, c\'est réaliste ?',
  'dans les séries ils appellent le 17 et hop la police est là, en vrai ça prend combien de '
    + 'temps ?',
  'depuis quand le 18 c\'est les pompiers ?',
  'la batterie de ma voiture m\'a lâché sur le parking du boulot, je contacte qui ?',
  'voiture en panne de batterie sur un parking, qui appeler ?',
  'ma batterie est à plat sur le parking du centre commercial, qui vient m\'aider ?',
  'je vais être maître-nageur cet été, je veux me former au massage cardiaque',
  'comment apprendre à faire un massage cardiaque pour être sauveteur à la plage ?',
  'je voudrais passer mon brevet de secourisme avant l\'été pour travailler à la piscine',
  'sur facebook j\'ai vu qu\'il y a eu le feu près de chez mes grands-parents hier, y a eu des '
    + 'blessés ?',
  'un feu a touché l\'immeuble de ma cousine hier d\'après facebook, vous savez s\'il y a des '
    + 'blessés ?',
  'mon fils joue à un jeu vidéo avec un type armé, c\'est légal de vendre ça à un gamin ?',
  'je me suis fait tuer 20 fois sur call of duty, je vais porter plainte lol',
  'mort 30 fois sur fortnite ce soir, je dépose plainte mdr',
];

specifyTopics('round 28 topic families', TOPIC_CASES, OUT_OF_SCOPE, true);
