/**
 * Round t82's cases, each a family of wordings (SMS, no accents, no punctuation, dictation,
 * a long story ending on the point, written for a relative) beside its calm look-alikes.
 */

type Alarm = readonly [string, string];

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T82_EXAMPLES: Record<string, string[]> = {
  'net-polling-station-trouble': [
    'un homme menace les assesseurs au bureau de vote',
    'un type excite veut frapper le president du bureau de vote',
  ],
};

/** Trouble at a polling station, now. */
export const POLLING_STATION_TROUBLE: readonly Alarm[] = [
  ['un homme menace les assesseurs au bureau de vote', '17'],
  ['il y a une bagarre au bureau de vote venez vite', '17'],
  ['un type excité veut frapper le président du bureau de vote', '17'],
  ['ya 1 mec ki menace les assesseurs o bureau d vote', '17'],
  ['UN HOMME MENACE LES ASSESSEURS AU BUREAU DE VOTE !!!', '17'],
  ['y a un monsieur qui menace les assesseurs au bureau de vote appelez quelqu un vite', '17'],
  ['ma mère est assesseur, un électeur la menace au bureau de vote', '17'],
  ['mon père préside le bureau de vote, un type veut le frapper', '17'],
  ['deux hommes se battent devant l\'isoloir', '17'],
  ['un électeur a renversé l\'urne et frappe un assesseur', '17'],
  ['un assesseur est menacé par un électeur en ce moment', '17'],
  ['bonjour je suis allée voter avec ma fille comme chaque dimanche d\'élection, on ' +
    'faisait la queue tranquillement et là un homme excité menace les assesseurs au bureau ' +
    'de vote', '17'],
];

/** Voting questions, a past scene, fiction, a closure, a quarrel of candidates. */
export const POLLING_STATION_CALM: readonly string[] = [
  'je suis assesseur dimanche, que faire si un électeur menace ?',
  'comment devenir assesseur au bureau de vote',
  'le bureau de vote est menacé de fermeture',
  'hier un électeur a menacé les assesseurs au bureau de vote',
  'dans le film un homme menace les assesseurs du bureau de vote',
  'c\'est la bagarre pour trouver des assesseurs',
  'le président du bureau de vote menace de porter plainte',
  'un candidat menace de contester le dépouillement',
  'à chaque élection ça se bagarre au bureau de vote',
  'en colo le jour des élections, je vote comment ?',
  'je voudrais une procuration pour voter',
  'les assesseurs se sont disputés pendant le dépouillement',
  'mon chat a cassé l\'urne de mamie',
];

/** Out at sea or on a kite, back at a planned hour. */
export const OUTING_AS_PLANNED_CALM: readonly string[] = [
  'mon fils fait du kite au large il revient pas avant 18h',
  'mon fils fait du kitesurf au large, il rentre pas avant 18 heures',
  'ma fille fait de la voile au large elle rentre vers 19h',
  'mon mari est parti en mer a la peche il rentre pas avant ce soir',
  'il est en kitesurf au large retour prevu a 18h30',
  'mon père est en mer avec son bateau, il sera de retour vers midi',
  'mon mari fait de la voile il rentre vers 19 h ne vous inquietez pas',
];

/** Overdue, out of sight, or signalling: the sea's 196 first. */
export const OUTING_OVERDUE: readonly Alarm[] = [
  ['il devait rentrer à 18h il est 21h on le voit plus', '196'],
  ['mon fils fait du kite au large il devait rentrer a 18h il est 21h', '196'],
  ['mon fils est au large en kite il est pas rentré à 18h on le voit plus', '196'],
  ['mon fils est au large en kite il revient pas', '196'],
  ['mon fils fait du kite au large il revient pas avant 18h et la il fait des signes', '196'],
  ['mon fils fait du kite il revient pas avant 18h mais son aile est tombée à l\'eau', '196'],
  ['mon mari est parti en bateau il rentre vers 18h mais il répond plus', '196'],
];

/** A locksmith at the door he was called to. */
export const LOCKSMITH_CALM: readonly string[] = [
  'le serrurier force la porte je suis à l\'étage',
  'le serrurier force la porte je suis a l etage',
  'le serrurier il force la porte chui en haut',
  'le serrurier est en train de forcer la porte je suis en haut',
  'j\'ai appelé un serrurier, il perce la serrure, je suis à l\'étage',
  'le serrurier fracture la serrure je suis en haut avec les enfants',
];

/** A burglar, or a "locksmith" who is none, forcing the door with the writer upstairs. */
export const DOOR_FORCED: readonly Alarm[] = [
  ['quelqu\'un force la porte je suis à l\'étage', '17'],
  ['un cambrioleur force la porte je suis à l\'étage', '17'],
  ['un faux serrurier force la porte je suis a l etage', '17'],
  ['quelqu un force la porte j attends le serrurier je suis a l etage', '17'],
  ['un serrurier est en train de forcer la porte de mon voisin, je crois que c\'est un ' +
    'cambriolage', '17'],
  ['le serrurier force la porte de mes voisins qui sont en vacances', '17'],
];

/** A danger told beside the locksmith's or the sport's words: an alarm, whatever first. */
export const DANGER_BESIDE_FIGURE: readonly Alarm[] = [
  ['le serrurier force la porte mais il y a de la fumée', '18'],
  ['mon ami a sauté en parapente il s\'est écrasé contre la falaise', '112'],
];

/** A sport's jump, a hard hike "qu'on avait envie d'en finir avec". */
export const SPORT_FIGURE_CALM: readonly string[] = [
  'au bord de la falaise on a envie de sauter en parapente',
  'au bord d la falaise on a envi de sauter en parapente',
  'j\'avais envie d\'en finir avec la rando tellement c\'était dur',
  'javais envie den finir avec la rando tellement cetait dur',
  'j avais envie d en finir avec cette randonnee tellement j avais mal aux pieds',
  'vivement qu on en finisse avec cette montee j en peux plus',
  'mon fils veut sauter à l\'élastique du pont',
  'on va sauter en parachute pour mes 30 ans',
];

/** Despair or a fall with no sport, or told beside it. */
export const DESPAIR_BESIDE_SPORT: readonly Alarm[] = [
  ['j\'ai envie d\'en finir', '3114'],
  ['je vais sauter de la falaise', '3114'],
  ['au bord de la falaise j\'ai envie de sauter', '3114'],
  ['j avais envie d en finir avec la rando et avec la vie', '3114'],
  ['envie d en finir avec la course et avec tout', '3114'],
  ['j\'ai sauté en parachute, j\'ai plus envie de vivre', '3114'],
];

/** A song, a film, a title with "🆘" in it. */
export const SOS_TITLE_CALM: readonly string[] = [
  'vous connaissez la chanson SOS 🆘 d\'Indochine',
  'le film 🆘 Mayday est bien ?',
  'c\'est quoi le titre de la chanson avec 🆘 dedans',
];

/** "🆘" alone or beside a danger of the writer's own. */
export const SOS_REAL: readonly Alarm[] = [
  ['🆘', '17'],
  ['🆘🆘🆘', '17'],
  ['🆘 aidez moi', '17'],
  ['🆘 je suis enfermée', '114'],
  ['🆘 il y a quelqu\'un chez moi', '17'],
  ['🆘 le film passe à la télé et quelqu\'un force ma porte', '17'],
];
