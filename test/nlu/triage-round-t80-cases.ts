/**
 * Round t80's cases: a fresh tester's misses, each as a family of wordings (SMS, no accents,
 * no punctuation) beside its look-alike that must stay calm.
 */

type Alarm = readonly [string, string];

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T80_EXAMPLES: Record<string, string[]> = {
  'net-danger-after-complaint-question': [
    'comment porter plainte mon voisin essaie de casser ma porte la',
  ],
  'net-followed-after-complaint-question': [
    'comment faire une pre plainte il y a un homme qui me suit depuis 20 minutes',
  ],
  'net-silenced-by-threat': ['si je appelle il me tue'],
  'net-reported-threat-here': [
    'il a dit que si je parle a la police il tue mes enfants il est dans la maison',
  ],
  'net-overheard-if-calling': ['aidez moi chut il me entend si je telephone'],
};

/** A complaint question, then a danger under way now. */
export const DANGER_AFTER_COMPLAINT_QUESTION: readonly Alarm[] = [
  ['est ce que je peux porter plainte, il y a quelqu\'un qui essaie d\'entrer chez moi là', '17'],
  ['comment porter plainte mon voisin essaie de casser ma porte la', '17'],
  ['cmt porter plainte kelkun essai d entrer chez moi la', '17'],
  ['comment faire une pré-plainte ? il y a un homme qui me suit depuis 20 minutes', '17'],
  ['comment faire une main courante ya un mec qui me suit depuis 10 minutes', '17'],
  ['je voulais savoir comment porter plainte pour des insultes de ma voisine depuis des mois ' +
    'mais ce soir c\'est différent elle est devant ma porte avec son fils et ils essaient de ' +
    'la casser', '17'],
];

/** The complaint about what is over, or a stalking that lasts: the FAQ, no alarm. */
export const COMPLAINT_QUESTION_CALM: readonly string[] = [
  'comment porter plainte, mon voisin a essayé de casser ma porte hier',
  'comment porter plainte contre un homme qui me suit depuis des mois',
  'je voudrais porter plainte quelqu un a essaye d entrer chez moi la semaine derniere',
];

/** "si j'appelle il me tue": who cannot speak, 114 first; the threatener here told: 17. */
export const SILENCED_BY_THREAT: readonly Alarm[] = [
  ['si j appelle il me tue', '114'],
  ['si jappelle la police il va me tuer', '114'],
  ['je dois écrire car si je parle il me tue', '114'],
  ['il me tue si je parle', '114'],
  ['il a dit que si je parle à la police il tue mes enfants, il est dans la maison', '17'],
  ['il ma dit que si j appelle les flics il me tue, il est la', '17'],
];

/** The same words as a teenager's figure, or a threat long past. */
export const THREAT_FIGURE_CALM: readonly string[] = [
  'si je rate mon bac ma mère me tue',
  'si je parle de ca a ma mere elle me tue',
  'si j appelle pas ma mere elle me tue',
  'il m a dit l an dernier que si je parlais il me tuerait',
];

/** Overheard if calling: 114 ahead of the plea for help. */
export const OVERHEARD: readonly Alarm[] = [
  ['aidez moi chut il m\'entend si je téléphone', '114'],
  ['chut il m entend si je telephone aide moi', '114'],
  ['aide moi il va m entendre si j appelle', '114'],
];

export const OVERHEARD_CALM: readonly string[] = [
  'ma grand mere m entend mieux si je telephone',
];

/** Emojis that tell the danger, read from the raw text. */
export const EMOJI_DANGER: readonly Alarm[] = [
  ['🆘', '17'],
  ['🆘 aidez moi', '17'],
  ['🔥🔥 maison', '18'],
  ['🔥 chez moi', '18'],
  ['🔥 cuisine', '18'],
  ['🔪 mon mari', '17'],
  ['🔪 il arrive', '17'],
];

/** "🔥" the slang for great, a knife for cooking. */
export const EMOJI_CALM: readonly string[] = [
  'ce son c\'est le feu 🔥',
  'la soirée chez moi c\'était 🔥',
  'j ai acheté un 🔪 pour la cuisine, mon mari adore',
  '🔥🔥🔥',
];

/** Figures that read as danger words. */
export const FIGURES_CALM: readonly string[] = [
  'mon téléphone est mort je peux pas appeler ma banque',
  'mon portable est mort, je peux pas appeler mon operateur',
  'il pleut des cordes, ça va tuer mes tomates',
  'la grele va tuer mes salades',
  'mon ado dit qu\'il va se tuer à la tâche pour le bac',
  'mon mari se tue au travail',
  'il faut que je brûle les étapes pour mon permis',
  'tu brules les etapes',
  'le film « Au secours j\'ai 30 ans » passe ce soir',
  't as vu la serie au secours ?',
];

/** The same figures beside a real danger. */
export const FIGURES_BESIDE_DANGER: readonly Alarm[] = [
  ['mon telephone est mort et un homme me suit', '17'],
  ['mon telephone est mort je peux pas appeler les pompiers ma mere est tombee elle bouge plus',
    '114'],
  ['il faut que je brule les etapes mais la il y a le feu dans la cuisine', '18'],
];
