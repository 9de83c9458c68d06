/**
 * Round t77's cases: helpers' and testers' leftovers, each as a family of wordings (SMS, no
 * accents, no punctuation, dictation) beside its look-alike that must stay calm.
 */

type Alarm = readonly [string, string];

/** A game named, but a real weapon taken up now. */
export const WEAPON_BESIDE_GAME: readonly Alarm[] = [
  ['mon fils joue à fortnite et là il a un couteau il menace son frère', '17'],
  ['mon fils joue a fortnite et la il a un couteau il menace son frere', '17'],
  ['mn fils jou a fortnite e la il a 1 couteau il menace son frere', '17'],
  ['mon fils jouait à gta et là il a pris un couteau de cuisine il menace sa sœur', '17'],
  ['ils jouent a call of duty et la il sort un couteau et il menace son frere', '17'],
];

/** The weapon inside the game. */
export const WEAPON_IN_GAME_CALM: readonly string[] = [
  'mon fils joue à fortnite, dans le jeu il a un couteau et il menace son frère',
  'dans fortnite il a un couteau il menace son frere',
  'mon fils joue a minecraft son perso a un couteau',
];

/** A question "for later", then the intruder here now. */
export const INTRUDER_AFTER_QUESTION: readonly Alarm[] = [
  ['question pour plus tard : si quelqu\'un rentre je fais quoi, là il est dans le salon', '17'],
  ['question pour plus tard si qqn rentre je fais quoi la il est dans le salon', '17'],
  ['question pour plus tard si un cambrioleur entre chez moi je fais quoi la il est dans la ' +
    'maison', '17'],
  ['si jamais quelqu un rentre chez moi je fais quoi la il essaie d ouvrir la porte', '17'],
  ['au cas ou un voleur rentre je fais quoi maintenant il est dans la cuisine', '17'],
];

/** The question alone, or a pet in the room. */
export const QUESTION_FOR_LATER_CALM: readonly string[] = [
  'question pour plus tard : si quelqu\'un rentre chez moi la nuit, je fais quoi ?',
  'question pour plus tard si qqn rentre chez moi je fais quoi',
  'question pour plus tard si quelqu un rentre je fais quoi la mon chat est dans le salon',
];

/** A relative's blows, told bare in the present. */
export const KIN_BLOWS_BARE: readonly Alarm[] = [
  ['mon mari me bat', '17'],
  ['mn mari me bat', '17'],
  ['mon mari me bat aidez moi', '17'],
  ['ma femme me bat', '17'],
  ['mon fils adolescent me frappe', '17'],
  ['mon fils ado me frappe', '17'],
  ['mon fils de 16 ans me frappe', '17'],
  ['mon père me tape', '17'],
  ['mon beau pere me frappe', '17'],
  ['mon frere me tabasse', '17'],
];

/** Habit, past, or a game won. */
export const KIN_BLOWS_CALM: readonly string[] = [
  'mon mari me bat depuis des années',
  'mon mari me bat quand il boit',
  'mon fils adolescent me frappe parfois',
  'mon père me tape souvent',
  'mon mari me battait',
  'mon père me tapait quand j\'étais petit',
  'mon fils ado m\'a frappé l\'an dernier',
  'mon mari me bat aux cartes',
  'mon fils me bat a fifa',
];

/** "se faire taper / tuer / lyncher" as a score, a tooth, a scolding, a network, a clip. */
export const ASSAULT_FIGURE_CALM: readonly string[] = [
  'on se fait taper par lyon au match',
  'on se fait taper par lyon au match ce soir',
  'on s est fait defoncer 4 a 0 par le psg',
  'on va se faire massacrer en finale contre toulouse',
  'ma sœur se fait enlever les dents de sagesse',
  'ma soeur se fait enlever les dents de sagesse demain',
  'je me fais retirer un grain de beaute vendredi',
  'mon fils se fait operer des amygdales',
  'je me fais tuer par ma mère si je rentre tard',
  'jme fais tuer par ma mere si je rentre tar',
  'je vais me faire tuer par mon pere quand il verra mon bulletin',
  'je vais me faire tuer par mon patron si j arrive en retard',
  'attaquer en justice',
  'je veux attaquer mon employeur en justice',
  'il se fait lyncher sur twitter',
  'il se fait lyncher sur les reseaux',
  'elle se fait massacrer dans les commentaires',
  'ils le tabassent dans le clip',
  'dans le clip ils le tabassent',
];

/** The same words, and real blows. */
export const ASSAULT_REAL: readonly Alarm[] = [
  ['on se fait taper par des supporters de lyon au match', '17'],
  ['je me fais tuer par mon pere il a un couteau', '17'],
  ['je me fais tabasser par mon pere', '17'],
  ['ils le tabassent dans la rue', '17'],
  ['il se fait lyncher dans la rue par des mecs', '17'],
];

/** A bullet in one's own foot as a bad choice. */
export const OWN_FOOT_CALM: readonly string[] = [
  'il s\'est tiré une balle dans le pied en acceptant ce poste',
  'il s est tire une balle dans le pied politiquement',
  'le ministre s est tire une balle dans le pied avec cette decision',
];

/** The real shot. */
export const OWN_FOOT_SHOT: readonly Alarm[] = [
  ['il s\'est tiré une balle dans le pied en nettoyant son fusil', '15'],
  ['il s est tire une balle dans le pied a la chasse il saigne', '15'],
];

/** An object lost in the sea, a freediver's breath asked about. */
export const WATER_THING_CALM: readonly string[] = [
  'je vois plus mes lunettes dans l\'eau à la plage',
  'je vois plus mes lunettes dans l eau a la plage',
  'je trouve plus mon telephone dans l eau a la plage',
  'on retrouve pas la bague de ma femme dans l eau a la plage',
  'il plonge et il remonte pas tout de suite, c\'est normal en apnée ?',
  'il plonge et il remonte pas tout de suite cest normal en apnee',
  'mon mari fait de l apnee il reste longtemps sous l eau combien de temps on peut tenir',
];

/** A person not seen in the water, a diver under too long. */
export const WATER_PERSON: readonly Alarm[] = [
  ['je vois plus mon fils dans l\'eau à la plage', '196'],
  ['je vois plus ma fille dans l eau a la plage', '196'],
  ['je vois plus mes lunettes et mon fils dans l eau a la plage', '196'],
  ['il plonge en apnée et il remonte plus depuis 3 minutes', '18'],
  ['il a plonge et il remonte pas', '196'],
];

/** Past events asked about: a car fire, a brother's thoughts, a faint, an election. */
export const PAST_ASKED_CALM: readonly string[] = [
  'ma voiture a pris feu l\'été dernier, l\'assurance veut le récépissé',
  'ma voiture a pris feu le ete dernier lassurance veut le recepisse',
  'ma voiture a brule l an dernier l assurance demande le recepisse de plainte',
  'mon frère a eu des pensées suicidaires il y a un an, maintenant ça va, qui appeler si ça ' +
    'revient',
  'mon frere a eu des pensees suicidaires y a un an mtn ca va qui appeler si ca revient',
  'ma soeur a eu des idees suicidaires l an dernier elle va mieux qui appeler si ca recommence',
  'est-ce que je peux encore conduire après avoir fait un malaise au volant',
  'est ce que je peux encore conduire apres avoir fait un malaise au volant',
  'je peux reprendre le volant apres un malaise le mois dernier',
  'mon pere a fait un avc il y a 6 mois il peut conduire',
  'je viens d\'avoir 18 ans et je serai en colo le jour des élections',
  'jviens davoir 18 ans et je serai en colo le jour des elections',
  'je serai en vacances le jour du vote comment faire une procuration',
  'j ai 18 ans je serai absent le jour des elections je fais comment',
];

/** The same events now. */
export const PAST_NOW: readonly Alarm[] = [
  ['ma voiture a pris feu', '18'],
  ['ma voiture prend feu sur l autoroute', '18'],
  ['mon frere a des pensees suicidaires', '3114'],
  ['mon frere a eu des pensees suicidaires il y a un an et ce soir il en reparle il a des ' +
    'cachets', '3114'],
  ['je fais un malaise au volant', '15'],
  ['mon mari fait un malaise au volant la maintenant', '15'],
];
