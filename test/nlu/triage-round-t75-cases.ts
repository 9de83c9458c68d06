/**
 * Round t75's cases: two fresh blind sets' false alarms, each as a family of wordings (SMS,
 * no accents, no punctuation, dictation) beside the real danger that must still alarm.
 */

/** A parent's all-clear: the child typed the call for help at play. */
export const CHILD_TYPED_CALM: readonly string[] = [
  'désolé mon fils de 6 ans a écrit au secours sur votre chat en jouant avec mon tel, ' +
    'tout va bien ici',
  'c\'est ma fille qui a tapé aidez moi pour rire, pardon, pas d\'urgence',
  'desole c mon fils ki a ecrit au secour en jouant avec mon tel tt va bien',
  'dsl cest mon petit qui a tapé à l\'aide sur le chat il jouait avec mon portable, ' +
    'aucune urgence',
  'pardon pour le message au secours c\'était mon neveu de 5 ans il jouait avec mon ' +
    'téléphone tout va bien',
  'excusez moi mon fils a envoyé au secours par erreur en jouant sur ma tablette fausse alerte',
  'c est ma fille de 4 ans qui a ecrit aidez moi en jouant avec le telephone rien de grave',
  'ignorez le message precedent mon gamin a tapé au secours pour rigoler tout va bien chez nous',
  'DESOLEE MA FILLE A ECRIT HELP EN JOUANT AVEC MON TEL TOUT VA BIEN',
  'pardon c est mon fils qui a ecrit sos en jouant pas d urgence',
];

/** The child's call for help with a danger told beside it. */
export const CHILD_TYPED_DANGER: readonly (readonly [string, string])[] = [
  ['mon fils a écrit au secours, il est enfermé dans la salle de bain et ne répond plus', '17'],
  ['ma fille a ecrit au secours en jouant au parc elle est tombee et saigne beaucoup', '15'],
  ['mon fils a tape au secours il se fait frapper par des grands', '17'],
  ['desole ma fille a ecrit au secours en jouant mais elle s est etouffee avec un bonbon', '15'],
];

/** A threat seen in a video or a post, and where to report it asked. */
export const ONLINE_THREAT_CALM: readonly string[] = [
  'mon fils m\'a montré une vidéo snapchat où des jeunes disent qu\'ils vont tuer un prof, ' +
    'où est-ce qu\'on signale ça',
  'sur tiktok un gars dit qu\'il va faire un massacre au lycée, on le signale où ?',
  'ma fille a vu une story insta ou un eleve dit qu il va tuer sa prof on signale ou',
  'jai vu une video sur tiktok dun mec qui dit quil va tirer sur des gens au college ' +
    'comment on signale',
  'sur snap des jeunes menacent de tuer un prof, où je peux signaler ça',
  'un post facebook ou un type dit qu il va faire un carnage a la mairie a qui le signaler',
  'jsp ou signaler une video tiktok ou un mec menace de tuer des profs',
];

/** The author in front of the school, or the threat for tonight. */
export const ONLINE_THREAT_DANGER: readonly (readonly [string, string])[] = [
  ['un gars est devant le lycée avec un couteau il dit qu\'il va tuer un prof', '17'],
  ['sur snap un gars dit qu il va tuer mon fils et il est devant la maison', '17'],
  ['un mec armé est dans le college il dit qu il va tuer tout le monde', '17'],
  ['mon voisin a poste une video ou il dit qu il va tuer sa femme ce soir ou signaler', '17'],
];

/** How to react to a burglar, asked for one day. */
export const ASKED_AHEAD_CALM: readonly string[] = [
  'question pour plus tard : si un jour quelqu\'un rentre chez moi la nuit, c\'est quoi les ' +
    'bons réflexes ?',
  'pour être prête si jamais un cambrioleur entre, je fais quoi ?',
  'question pour plus tard si qqn rentre chez moi la nuit je fais quoi',
  'pour etre pret si un jour un cambrioleur rentre dans ma maison quels sont les bons ' +
    'reflexes',
  'au cas ou un jour quelqu un entre chez moi pendant que je dors je dois faire quoi',
  'en prevision si un voleur rentre chez nous la nuit quelle est la conduite a tenir',
  'pr etre prete si jms un cambrioleur rentre jfais quoi',
];

/** Somebody coming in now. */
export const INTRUDER_NOW: readonly (readonly [string, string])[] = [
  ['quelqu\'un rentre chez moi là, je fais quoi', '17'],
  ['quelqu un est en train de rentrer chez moi je fais quoi', '17'],
  ['un cambrioleur est dans ma maison en ce moment je fais quoi', '17'],
  ['si jamais il rentre je fais quoi il essaie de forcer la porte', '17'],
];

/** Neighbours' children alone by day, who seem not to eat: the FAQ on a child in danger. */
export const ALONE_BY_DAY_CALM: readonly string[] = [
  'les enfants de la caravane d\'à côté sont tout seuls toute la journée et ils ont ' +
    'l\'air de pas manger',
  'les gosses des voisins sont tout seuls toute la journee et ils ont l air de pas manger',
  'les enfants d a cote sont seuls toute la journee on dirait qu ils mangent pas',
  'les petits du voisin restent tout seuls tous les jours et ils ont l\'air affamés',
  'les enfants de l appart du dessus sont souvent seuls toute la journee ils sont maigres',
  'les enfants du voisin sont seuls toute la journee ils sont sales et ont faim',
];

/** A child alone and hurt, a baby crying for hours, a child in a hot car. */
export const CHILD_ALONE_DANGER: readonly (readonly [string, string])[] = [
  ['le petit d a cote est tout seul et il saigne de la tete', '15'],
  ['un bebe est seul dans l appartement d a cote il pleure depuis des heures', '119'],
  ['bébé seul chez les voisins pleure depuis 4 heures personne repond', '119'],
  ['un enfant est enfermé dans une voiture en plein soleil', '18'],
  ['les enfants des voisins sont tout seuls depuis ce matin et le plus petit est blesse', '119'],
  ['les enfants des voisins sont seuls toute la journee et la ils crient au secours', '119'],
];

/** A fire inside a video game. */
export const GAME_FIRE_CALM: readonly string[] = [
  'dans mon jeu ya un incendie qui bloque la quête mdr jsp comment passer',
  'dans le jeu y a un incendie qui bloque la quete je sais pas comment passer',
  'sur zelda ya le feu partout et je trouve pas comment passer la mission mdr',
  'dans minecraft ma maison a brulé lol comment je récupère mes objets',
  'dans mon jeu le village est en feu et je peux pas finir le niveau',
];

/** The device, the room, or the writer's own home on fire. */
export const REAL_FIRE: readonly (readonly [string, string])[] = [
  ['le jeu a planté et le chargeur a pris feu', '18'],
  ['ma console a pris feu pendant que je jouais', '18'],
  ['en jouant a mon jeu la prise a pris feu y a de la fumee', '18'],
  ['pendant que j etais sur mon jeu le feu a pris dans la cuisine', '18'],
  ['sur mon jeu le feu bloque la mission et la je sens une odeur de brule', '18'],
];

/** A tourist's past theft or lost papers, with a foreign word for help. */
export const TOURIST_PAPERS_CALM: readonly string[] = [
  'vol de passeport dans la tente, je rentre en italie dans 3 jours, aiuto',
  'stolen passport yesterday, help, what do I do',
  'vol de portefeuille au camping hier aiuto je rentre en espagne',
  'on m a vole mon passeport dans la tente ayuda',
  'mi hanno rubato il passaporto nella tenda aiuto cosa devo fare',
  'ho perso il passaporto aiuto cosa devo fare',
  'lost my passport help',
];

/** Attacked, followed, the thief still there: 112 or 17 first. */
export const TOURIST_DANGER: readonly (readonly [string, string])[] = [
  ['aiuto, mi stanno aggredendo', '112'],
  ['mi stanno aggredendo', '112'],
  ['help someone is attacking me', '112'],
  ['aiuto mi hanno rubato il passaporto e mi stanno seguendo', '112'],
  ['vol de passeport dans la tente le voleur est encore la aiuto', '17'],
  ['help someone stole my bag and he has a knife', '112'],
];
