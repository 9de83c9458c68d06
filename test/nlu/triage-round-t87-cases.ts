/**
 * Round t87's cases (a fresh tester's misses, then their families): the danger placed now or
 * within hours by the end of a message that starts in the past or with a question. Each
 * alarm is [message, first number]; the calm look-alikes keep the same words, over or asked.
 */
export type Alarm = readonly [string, string];

/** Past violence, the man back within the day: the past must not calm it. */
export const BACK_WITHIN_HOURS: readonly Alarm[] = [
  ["mon copain m'a étranglée hier soir et il rentre dans une heure j'ai peur", '17'],
  ['mon mec ma etranglé hier il rentre ds 1h jai tres peur', '17'],
  ["il m'a frappée ce matin il revient ce soir il a dit qu'il allait me tuer", '17'],
  ["mon mari m'a tabassée avant-hier il revient ce soir je sais pas quoi faire", '17'],
  ["ma soeur s'est fait frapper par son copain hier il rentre dans une heure elle a peur", '17'],
  ['mon compagnon m a battue cette nuit il sort du travail dans 30 minutes', '17'],
  ["il a essayé de m'étrangler la semaine dernière et il rentre tout à l'heure", '17'],
  ["il m'a frappée hier il rentre à 18h", '17'],
  ["mon copain m'a étranglée hier soir virgule il rentre dans une heure point j'ai peur", '17'],
  ['bonjour je vous écris parce que ça fait des années que ça dure, mon mari boit, il crie, ' +
    "hier soir il m'a étranglée devant les enfants, je suis allée chez ma mère puis je suis " +
    "revenue pour les petits, et là il m'a envoyé un message il rentre dans une demi heure",
    '17'],
];
export const BACK_WITHIN_HOURS_CALM: readonly string[] = [
  "mon copain m'a étranglée il y a deux ans, il rentre ce soir de vacances, comment porter " +
    'plainte',
  "mon fils rentre dans une heure de l'école",
  "mon mari m'a battue aux échecs hier, il revient ce soir",
  "mon ex m'a frappée l'an dernier, il est en prison",
  'dans la série le personnage se fait étrangler et le tueur revient ce soir',
  "mon fils rentre ce soir, hier il m'a frappé au ping pong",
];

/** A complaint question, then "là il est rentré et il a pris un couteau": now. */
export const WEAPON_AFTER_QUESTION: readonly Alarm[] = [
  ['bonjour je voulais savoir comment ça marche pour une plainte parce que mon mari me frappe ' +
    'et là il est rentré et il a pris un couteau dans la cuisine', '17'],
  ['bonjour comment porter plainte mon mari me frappe la il est rentre il a sorti un couteau',
    '17'],
  ['je voudrais des renseignements pour une main courante car mon fils me menace et là il ' +
    'vient de prendre un marteau', '17'],
  ['bonsoir comment on fait une plainte virgule mon copain me frappe point et là il tient un ' +
    'couteau', '17'],
];
export const WEAPON_AFTER_QUESTION_CALM: readonly string[] = [
  'comment porter plainte, la semaine dernière mon mari a pris un couteau et m\'a menacée',
  'hier soir il est rentré et il a pris un couteau, je voudrais porter plainte',
  'là il a pris un couteau pour couper le pain',
];

/** Laughter taken back, or beside a war weapon at a school: no joke. */
export const LAUGHTER_DENIED: readonly Alarm[] = [
  ['mdr non sérieux y a un mec avec une kalach devant le lycée', '17'],
  ["lol non serieux ya un type avec un fusil devant l'école", '17'],
  ['ptdr sans deconner y a un gars avec une kalash devant le college', '17'],
  ['mdr y a un mec avec une kalach devant le lycée', '17'],
  ['mdr nan serieux y a un mec avec une arme devant le college', '17'],
  ["lol en vrai y a un mec cagoulé avec une kalach devant l'école", '17'],
];
export const LAUGHTER_CALM: readonly string[] = [
  'mdr il m\'a tuée avec sa blague',
  'mdr le prof nous a montré une photo de kalach en cours d\'histoire',
  'lol non sérieux le film était nul',
  "mdr non sérieux j'ai raté mon bac",
];

/** An adult who writes to a child and meets them within the day: 17, 119 with it. */
export const CHILD_MET_TONIGHT: readonly Alarm[] = [
  ["ma fille de 13 ans dit qu'un homme lui envoie des photos et veut la voir ce soir", '17'],
  ['ma fille de 13 ans dit qu un homme lui envoie des photos et veut la voir ce soir', '17'],
  ['mon fils de 12 ans un adulte lui écrit sur snap et veut le retrouver cet après-midi', '17'],
  ["ma niece de 14 ans a rendez vous ce soir avec un homme qu'elle a connu sur insta", '17'],
  ['un mec de 30 ans parle a ma fille de 12 ans sur snap et il veut la voir ce soir', '17'],
  ['ma fille de 14 ans a rdv ce soir avec un mec de 25 ans rencontré sur internet', '17'],
];
export const CHILD_MET_CALM: readonly string[] = [
  "ma fille de 25 ans dit qu'un homme lui envoie des photos et veut la voir ce soir",
  'ma fille de 13 ans va voir ses copines ce soir',
  'ma fille de 13 ans a rendez vous ce soir avec le dentiste',
  "ma fille de 14 ans veut voir son copain de 15 ans ce soir c'est normal à son âge ?",
  "le film parle d'un homme qui envoie des photos à une fille de 13 ans et veut la voir ce soir",
  "un homme a envoyé des photos à ma fille de 13 ans l'an dernier, comment porter plainte",
];

/** A violent theft minutes ago, the thief still running: now. */
export const THEFT_JUST_NOW: readonly Alarm[] = [
  ["on m'a volé mon sac avec violence il y a 2 minutes le mec part en courant", '17'],
  ['on ma arraché mon sac ya 2 min le mec part en courant', '17'],
  ["il m'a arraché mon téléphone à l'instant il s'enfuit vers la gare", '17'],
  ['jme suis fait arracher mon sac ya 2 min il court vers le metro', '17'],
  ['on vient de me braquer le type part en scooter', '17'],
];
export const THEFT_OVER_CALM: readonly string[] = [
  "on m'a volé mon sac avec violence hier, comment porter plainte",
  "on m'a volé mon vélo il y a 3 jours",
  'le voleur part en courant dans le film',
  "il y a 2 minutes j'ai vu un écureuil",
];

/** Blows from someone known, then "je saigne": the police first, the SAMU with it. */
export const BLEEDING_AFTER_BLOWS: readonly Alarm[] = [
  ["il m'a mis une gifle et il m'a poussé dans l'escalier je saigne", '17'],
  ['mon mari m a mis des coups je saigne de la bouche', '17'],
  ["il l'a poussée contre le mur elle saigne de la tête", '17'],
];
export const BLEEDING_CALM: readonly string[] = [
  "mon fils m'a poussé sans faire exprès, j'ai saigné du nez hier",
  "mon petit frère m'a poussé en jouant, je saigne un peu du genou, on met quoi dessus",
];

/** A child who cannot look after themselves gone near water: a search, the police first. */
export const GONE_NEAR_WATER: readonly Alarm[] = [
  ['mon fils autiste de 12 ans a fugué il y a 2h il sait pas nager et on habite près du canal',
    '17'],
  ['mon fils autiste a disparu depuis ce matin il ne sait pas nager on habite a cote de la ' +
    'riviere', '17'],
  ['ma fille de 8 ans est introuvable on habite au bord du lac elle sait pas nager', '17'],
  ['mon fils de 10 ans autiste est sorti tout seul on le trouve plus on habite a coté de la ' +
    'riviere', '17'],
  ['mon petit frere de 6 ans a disparu du camping il sait pas nager y a un lac', '17'],
];
export const GONE_NEAR_WATER_CALM: readonly string[] = [
  'mon chat a disparu on habite près du canal',
  'mon fils a disparu hier il est rentré, il sait pas nager',
  'mon fils ne sait pas nager, on habite près de la mer, quels cours de natation',
];

/** What a witness should do in general: a question about no fire of today. */
export const WITNESS_QUESTION_CALM: readonly string[] = [
  "quand on est témoin d'un incendie il faut faire quoi en général",
  'si on assiste a un accident on doit appeler qui',
  'quand on voit une agression il faut faire quoi',
  'si je suis temoin d un vol je dois faire quoi en general',
  "quand on est témoin d'un accident de la route il faut faire quoi en général, on doit " +
    'rester ?',
];
export const WITNESS_NOW: readonly Alarm[] = [
  ["je suis témoin d'un incendie là", '18'],
  ["quand on est témoin d'un incendie il faut faire quoi, là y a des flammes au 2e", '18'],
];

/** The round's net families, for the safety net's every-family-has-examples spec. */
export const T87_EXAMPLES: Record<string, string[]> = {
  'net-back-within-hours-after-violence': [
    "mon copain m'a étranglée hier soir et il rentre dans une heure j'ai peur",
  ],
  'net-weapon-taken-after-question': [
    'comment porter plainte mon mari me frappe et là il est rentré il a pris un couteau',
  ],
  'net-thief-running-after-violent-theft': [
    "on m'a arraché mon sac le mec part en courant",
  ],
  'net-violent-theft-minutes-ago': [
    "on m'a volé mon sac avec violence il y a 2 minutes",
  ],
  'net-bleeding-after-blows': ["il m'a mis une gifle et il m'a poussé dans l'escalier je saigne"],
  'net-child-met-by-adult-soon': [
    "ma fille de 13 ans dit qu'un homme lui envoie des photos et veut la voir ce soir",
  ],
  'net-vulnerable-gone-near-water': [
    'mon fils autiste a fugué il sait pas nager et on habite près du canal',
  ],
};
