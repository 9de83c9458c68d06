/**
 * Round t53's phrasings (gaps a previous round noticed), written for this round: SMS,
 * no accents, typos, dictation, someone writing for a relative, each beside its look-alikes.
 */

/** One's death foretold with despair or loneliness: the suicide line first. */
export const DESPAIR_DEATH: readonly string[] = [
  'jvais crever personne m aime',
  'jvais crever personne ne m aime',
  'je vais crever de toute facon tout le monde s en fout',
  'je vais crever tout le monde sen fout de moi',
  'jvais crever jen peux plus',
  'JE VAIS CREVER J EN PEUX PLUS',
  'jvais mourir jen peu plus',
  'je vais mourir personne m\'aime',
  'je vais crever je suis toute seule au monde',
  'je vais crever ça sert à rien plus la force',
  'ma soeur m écrit je vais crever personne m aime',
];

/** "je vais crever" alone is the cry, like "je vais mourir": the police first. */
export const DEATH_CRY: readonly string[] = ['je vais crever', 'jvais crever', 'je vais mourir'];

/** Heat, hunger, laughter, an effort, a mishap: calm. */
export const DEATH_FIGURE_CALM: readonly string[] = [
  'je vais crever de chaud',
  'jvais crever de faim',
  'je vais crever de rire',
  'je vais crever de soif',
  'jvais crever de froid dans ce bus',
  'jvais crever tellement j\'ai couru',
  'jvais crever tellement jai couru',
  'je vais mourir tellement j ai couru',
  'je vais crever après ce footing',
  'jvais crever tellement j ai mangé',
  'jai raté mon exam jvais crever mdr',
  'j ai perdu ma partie de fortnite jvais crever lol',
];

/** An effort, then a body failing: the SAMU. */
export const EFFORT_REAL: readonly string[] = [
  'je vais crever tellement j\'ai couru j\'ai mal à la poitrine',
  'jvais mourir apres le footing je respire pas',
];

/** A settled past, then the turn to a danger now in the same sentence: the police first. */
export const TURNED_DANGER: readonly string[] = [
  'accident hier rien de grave mais là le conducteur bourré repart avec ses enfants',
  'accident hier rien de grave mais la le conducteur bourre repart avec ses enfants',
  'il m\'a frappée hier mais là il revient avec un couteau',
  'il m a frappee hier et maintenant il revient avec un couteau',
  'il ma tapé hier soir mais la il est devant la porte avec un couteau',
  'on a été cambriolés la semaine dernière et là y a encore quelqu\'un dans le jardin',
  'on a ete cambrioles la semaine derniere et la ya encore qqn dans le jardin',
  'on a été cambriolés hier et là il y a quelqu\'un dans la maison',
  'mon voisin m a menacé il y a deux jours mais là il essaie d entrer chez moi',
];

/** The turn to a calm present, or a story told of another day: calm. */
export const TURNED_CALM: readonly string[] = [
  'il m\'a frappée hier mais là ça va, il est parti',
  'il m a frappee hier mais la ca va il est parti',
  'il m a frappée hier mais maintenant tout va bien',
  'on a été cambriolés la semaine dernière et là je veux porter plainte',
  'cambriolés la semaine dernière et là je veux porter plainte',
  'accident hier mais là tout va bien',
  'accident hier rien de grave et là je dois faire le constat',
  'il m a menace hier et la je sais pas quoi faire pour porter plainte',
  'hier soir je rentrais du boulot et là il a sorti un couteau',
  'on a été cambriolés la semaine dernière et là on a retrouvé la télé',
];

/** The signs of an illness asked about: calm. */
export const SIGNS_CALM: readonly string[] = [
  'les signes d\'une intoxication au monoxyde de carbone',
  'quels sont les signes d une intoxication au monoxyde de carbone',
  'quels sont les symptomes d un avc',
  'comment reconnaitre une crise cardiaque',
  'c koi les signes d une overdose',
  'les symptômes de l\'intoxication au monoxyde ?',
  'signes dune intoxication au co',
];

/** Signs someone has now: the emergency's numbers. */
export const SIGNS_REAL: readonly (readonly [string, string])[] = [
  ['je crois que j\'ai une intoxication au monoxyde, j\'ai mal à la tête, envie de vomir', '18'],
  ['mon père a les symptômes d\'un AVC là maintenant', '15'],
  ['ma mere a tous les symptomes d un avc elle parle plus', '15'],
];

/** Vandalism told as a habit: calm (a complaint). */
export const VANDAL_HABIT_CALM: readonly string[] = [
  'des jeunes cassent les vitres du hall tous les week-ends',
  'des jeunes cassent les vitres du hall tous les week ends',
  'chaque soir ils cassent les boites aux lettres',
  'tous les samedis des ados cassent l abribus devant la residence',
  'ils degradent le local poubelle toutes les nuits que faire',
  'des jeunes petent les vitres de la cage d escalier regulierement',
];

/** Vandals at it now, or threatening: the police first. */
export const VANDAL_NOW: readonly string[] = [
  'des jeunes cassent les vitres du hall là maintenant et menacent les gens',
  'ils sont en train de casser ma voiture',
  'des jeunes cassent les vitres du hall en ce moment',
  'tous les week ends c est pareil mais la ils cassent ma porte',
];

/** One's child breaking a window at play: calm. */
export const PLAY_BREAK_CALM: readonly string[] = [
  'je suis sourde mon fils casse la vitre en jouant au ballon',
  'mon fils a cassé la vitre en jouant',
  'je suis sourd ma fille a casse la fenetre avec son ballon',
  'malentendante, les enfants ont cassé un carreau en jouant au foot',
  'mon petit vient de casser la vitre du salon sans faire expres',
];

/** A deaf writer with a stranger breaking in or a child hurt: the SMS 114 first. */
export const DEAF_REAL: readonly string[] = [
  'je suis sourde quelqu\'un casse ma vitre',
  'je suis sourde mon fils est blessé il saigne beaucoup',
  'je suis sourd mon fils a cassé la vitre en jouant il saigne beaucoup',
  'je suis sourde des mecs cassent la vitre du salon',
];
