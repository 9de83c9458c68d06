import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Round t96's false alarms: "la noyade administrative" (an idiom), "une rage de dents, je
 * vais crever" (a dentist), "une dissertation sur le suicide chez Camus" (school work), "il
 * m'a raccroché au nez" (a rude call). Each keeps its alarm when a danger is told beside it:
 * a chest pain, a threat to come and kill, a wish to die of one's own.
 */

/** Drowning as a figure: in paperwork, mails, debts, work. */
const DROWNING_FIGURE = rx('',
  '\\b(noyade|noye|noyee|noyes|me noie|se noie|on se noie|je me noie) ',
  '(administrative|administratif|sous (les|la|mes|des) (papiers|paperasse|dossiers|mails|',
  'factures|dettes|boulot|travail|devoirs|demarches)|dans (les|la|mes|des) (papiers|',
  'paperasse|dossiers|mails|factures|dettes|demarches))\\b',
);

/** Water, a body or a call for help: a real drowning. */
const REAL_WATER = rx('',
  '\\b(eau|piscine|mer|lac|riviere|fleuve|plage|baignade|vague|vagues|courant|respire|',
  'secours|a le aide|sous le eau|coule|enfant|bebe)\\b',
);

/** A toothache cried out: the dentist on call, not the SAMU. */
const TOOTHACHE = rx('',
  '\\b(rage de dents|rage de dent|mal aux dents|mal de dents|mal a une dent|mal a la dent|',
  'dent de sagesse|dents de sagesse|abces dentaire|abces a la dent|carie)\\b',
);

/** What a toothache never explains: the chest, the breath, a swelling that chokes. */
const BEYOND_TOOTH = rx('',
  '\\b(poitrine|coeur|respire|respirer|etouffe|gonfle|gonflee|gorge|fievre|sang|saigne|',
  'evanoui|malaise|me tuer|en finir|me suicider|envie de mourir)\\b',
);

/** Suicide as a school or reading subject. */
const SUICIDE_STUDIED = rx('',
  '\\b(dissertation|dissert|expose|devoir|devoirs|commentaire|memoire|these|cours|essai|',
  'fiche de lecture|oral|sujet de philo|philo) (sur|de philo sur|a propos du) le suicide\\b',
);

/** The one studying, or anyone, says a wish to die: no longer a subject. */
const OWN_WISH = rx('',
  '\\b(veut mourir|veux mourir|envie de mourir|se tuer|me tuer|en finir|se suicider|',
  'me suicider|se faire du mal|me faire du mal|a essaye|a tente|scarifie|lettre de adieu)\\b',
);

/** "il m'a raccroché au nez": a rude call. */
const HUNG_UP = /\b(raccroche|raccrocher|raccroches|raccrochent) au nez\b/;

/** A threat or a danger told with the call. */
const CALL_THREAT = rx('',
  '\\b(tuer|menace|menacee|menaces|frappe|frapper|couteau|arme|venir|vient|devant|peur|',
  'secours|a le aide|saigne|blesse|blessee|feu)\\b',
);

/** A burning pain: "ça brûle quand je fais pipi", "ça brûle dans la gorge". */
const BURNING_PAIN = rx('',
  '\\b(ca|sa|tout) (brule|brul|me brule) (quand je (fais pipi|urine|mange|avale|bois|',
  'me lave)|(a|dans|au niveau de) (la|le|les|ma|mon|mes) (gorge|estomac|ventre|yeux|oeil|',
  'peau|dos|jambe|jambes|pieds|bras|main|mains|vessie|sexe|zizi|bouche|langue))\\b',
);

/** Flames, smoke, or a pain the SAMU must see. */
const FIRE_OR_CHEST = rx('',
  '\\b(feu|flammes|fumee|incendie|poitrine|coeur|respire|evanoui|malaise|sang)\\b',
);

/** True for an idiom, a toothache, school work or a rude call, with no danger told beside. */
export function settledT96(text: string): boolean {
  if (gatedTest(OWN_WISH, text)) {
    return false;
  }

  return (gatedTest(DROWNING_FIGURE, text) && !gatedTest(REAL_WATER, text)) ||
    (gatedTest(TOOTHACHE, text) && !gatedTest(BEYOND_TOOTH, text)) ||
    (gatedTest(SUICIDE_STUDIED, text) && !gatedTest(OWN_WISH, text)) ||
    (gatedTest(HUNG_UP, text) && !gatedTest(CALL_THREAT, text)) ||
    (gatedTest(BURNING_PAIN, text) && !gatedTest(FIRE_OR_CHEST, text));
}
