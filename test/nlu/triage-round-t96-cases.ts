/**
 * Round t96's cases (a fresh tester's misses, then their families): a fire in extreme SMS,
 * pills with alcohol after "je suis pas bien", a threat to kill heard at the end of a question
 * about something else, a child telling of sexual abuse, a vulnerable adult gone without a
 * treatment. Each alarm is [message, first number]; the calm look-alikes keep the words.
 */
export type Alarm = readonly [string, string];

/** "tt brul": the stem the other fire families did not know. */
export const FIRE_SMS: readonly Alarm[] = [
  ['tt brul chez moi', '18'],
  ['tt brule ds la cuisine', '18'],
  ['ca brul chez mon voisin', '18'],
  ['sa brul ds la cuisine', '18'],
  ['tt brl a la maison', '18'],
  ['tout brule dans l appartement', '18'],
  ["ma grand mère m'écrit tt brul chez elle", '18'],
  ['tt brul chez moi aidez moi', '18'],
  ['tout brule chez moi point venez vite', '18'],
];
export const FIRE_SMS_CALM: readonly string[] = [
  "j'ai tout brûlé dans la cuisine, le gâteau est raté",
  'ça brûle quand je fais pipi',
  'ça me brûle dans la gorge quand je mange',
  'sa brule a la main quand je me lave avec ce savon',
];

/** Pills swallowed with alcohol, whatever the opening: 15 first; with intent, 3114 too. */
export const PILLS_WITH_DRINK: readonly Alarm[] = [
  ["je suis pas bien j'ai pris des cachets avec de l'alcool", '15'],
  ['chui pas bien g avalé des medocs avec du vin', '15'],
  ['jsuis pas bien jai pris plein de cachets et de la vodka', '15'],
  ["j'ai pris des cachets avec de l'alcool", '15'],
  ['ma mère a avalé une boîte de somnifères avec du whisky elle dort', '15'],
  ["je me sens pas bien mon mari a pris des cachets avec de l'alcool virgule il répond plus",
    '15'],
];
export const PILLS_WITH_INTENT: readonly Alarm[] = [
  ["je suis pas bien j'ai pris des cachets avec de l'alcool je veux en finir", '15'],
];
export const PILLS_CALM: readonly string[] = [
  "est-ce qu'on peut prendre des cachets avec de l'alcool ?",
  "hier j'ai pris des cachets avec de l'alcool, ça va mieux",
  'je prends des médicaments et je bois un verre de vin le soir, c’est grave ?',
  'la notice dit de ne pas prendre ce médicament avec de l’alcool',
  "je suis pas bien j'ai pris un doliprane avec un verre de vin",
];

/** A question about something else, then a threat to kill with blows heard now: 17. */
export const KILL_HEARD_AFTER_QUESTION: readonly Alarm[] = [
  ['Bonjour je voulais savoir pour mon assurance habitation si je dois declarer le vol de mon ' +
    "velo et aussi est ce normal que mon voisin crie depuis une heure qu'il va tuer sa femme " +
    "et que j'entends des coups", '17'],
  ['bonjour question assurance auto et sinon est ce normal mon voisin hurle quil va tuer sa ' +
    'femme j entends des coups', '17'],
  ['je voulais savoir pour ma carte grise aussi mon voisin dit qu il va tuer sa femme ca tape ' +
    'depuis une heure', '17'],
  ['ma mère me demande de vous écrire le voisin crie qu il va tuer sa femme on entend des cris',
    '17'],
];
export const KILL_HEARD_CALM: readonly string[] = [
  "est-ce normal que mon voisin ait crié il y a un mois qu'il allait tuer sa femme ?",
  "mon voisin crie qu'il va tuer sa femme dans la série que je regarde et j'entends des coups",
  'est ce normal que mon voisin crie depuis une heure',
];

/** A child's own words: 119 first; the abuser there or tonight: 17 first, 119 with it. */
export const CHILD_TELLS: readonly Alarm[] = [
  ["mon beau pere me touche la nuit j'ai 12 ans", '119'],
  ["mon beau-père me touche la nuit j'ai 12 ans aidez moi", '119'],
  ["mon oncle me fait des choses la nuit j'ai 11 ans", '119'],
  ['je suis au college et un surveillant me fait des attouchements', '119'],
  ['jai 13 ans mon tonton me tripote quand ma mere est pas la', '119'],
  ["mon beau pere me touche la nuit virgule j'ai 12 ans point", '119'],
  // a sibling's words relayed: the disclosure convention, the child line first
  ["ma petite soeur m'a dit que le copain de ma mère la touche", '119'],
];
export const CHILD_TELLS_NOW: readonly Alarm[] = [
  ["j'ai 12 ans mon beau pere me touche il est dans ma chambre", '17'],
  ["mon beau pere me touche ce soir j ai 12 ans j ai peur", '17'],
  ['ma petite soeur 8 ans le copain de ma mere la touche', '17'],
  ['mon petit frere il a 6 ans le copain de maman le touche', '17'],
];
export const CHILD_TELLS_CALM: readonly string[] = [
  "mon beau père me touche l'épaule pour me dire bonjour j'ai 12 ans",
  "quand j'avais 12 ans mon oncle me faisait des choses",
  'je suis au collège et un surveillant me fait des remarques',
  "j'ai 12 ans mon prof me fait des compliments",
  "j'ai 12 ans mon beau père me touche le front pour voir si j'ai de la fièvre",
];

/** A vulnerable adult gone and not found: 17 first; without a treatment, 15 with it. */
export const GONE_UNTREATED: readonly Alarm[] = [
  ['mon mari diabetique est parti sans son traitement il est confus on le trouve pas', '17'],
  ['mon père est sorti sans son insuline on le retrouve plus', '17'],
  ['ma femme épileptique est partie sans ses médicaments je sais pas où elle est', '17'],
];
export const GONE_CONFUSED: readonly Alarm[] = [
  ['ma mere alzheimer a quitté la maison ce matin on la trouve pas', '17'],
];
export const GONE_UNTREATED_CALM: readonly string[] = [
  "mon grand-père est parti sans ses médicaments, on l'a retrouvé chez le voisin",
  "mon mari est parti en voyage sans son traitement, la pharmacie peut m'aider ?",
  'mon fils est parti au travail sans ses médicaments',
];

/** Idioms, a toothache, school work, a rude call: calm; a danger beside them alarms. */
export const FIGURES_CALM: readonly string[] = [
  "c'est la noyade administrative avec tous ces papiers",
  'je me noie sous les papiers',
  'on se noie dans la paperasse',
  "j'ai une rage de dents je vais crever",
  'rage de dent jvais crever',
  "j'ai mal aux dents je vais mourir c'est horrible",
  'mon fils fait une dissertation sur le suicide chez Camus',
  'ma fille a un exposé sur le suicide des adolescents',
  "il m'a raccroché au nez",
  "0 il m'a raccroché au nez",
  "la mairie m'a raccroché au nez",
];
export const FIGURES_DANGER: readonly string[] = [
  'il me raccroche au nez et menace de venir me tuer',
  "je vais crever j'ai mal à la poitrine",
  "mon fils est noyé sous les devoirs et il dit qu'il veut mourir",
  "mon fils fait une dissertation sur le suicide et il dit qu'il veut en finir",
  "j'ai une rage de dents et ma joue gonfle je respire mal",
  'mon enfant se noie dans la piscine',
];

/** One example per family of the round, for the safety net's table. */
export const T96_EXAMPLES: Record<string, string[]> = {
  'net-fire-sms-stem': ['tt brul chez moi', 'ca brul chez mon voisin'],
  'net-pills-with-drink': ["je suis pas bien j'ai pris des cachets avec de l'alcool"],
  'net-kill-shouted-blows-heard': [
    "est ce normal que mon voisin crie qu'il va tuer sa femme j'entends des coups",
  ],
  'net-child-tells-own-abuse': ["mon beau pere me touche la nuit j'ai 12 ans"],
  'net-child-tells-own-abuse-now': ["j'ai 12 ans mon beau pere me touche ce soir"],
  'net-sibling-touched-by-adult': ['ma petite soeur 8 ans le copain de ma mere la touche'],
  'net-gone-without-treatment': [
    'mon mari diabetique est parti sans son traitement il est confus on le trouve pas',
  ],
};
