import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Danger words in messages where no one is in danger now (round-17 leftovers, by family):
 * a capsize that ended with everyone back aboard, a boat taking water in the harbour with no
 * one on it, a how-to question on righting a kayak, medicines packed for a trip, and a past
 * malaise that still aches. Each yields to a sign of danger now.
 */

const CAPSIZED = '(chavire|chavirer|retourne|retournee|dessale|renverse|renversee|' +
  'tombes? (a le|dans le) eau|tombee?s? (a le|dans le) eau)';

/** Everyone back aboard or ashore: the capsize is over. */
const ALL_SAFE = rx('',
  `\\b${CAPSIZED}\\b.{0,80}\\b(tout le monde|tous|toutes|chacun|on|nous|ils|elles)`,
  '( [a-z]+){0,2} (remonte|remontes|remontee|remontees|sorti|sortis|sortie|sorties|revenu|',
  'revenus|a terre|sur la rive|sur la berge|au sec|sain et sauf|sains et saufs|',
  'saine et sauve|en securite|va bien|vont bien|allons bien|rentres)\\b',
);
/** Someone still in the water, missing or hurt: the capsize is not over. */
const NOT_ALL = rx('',
  '\\b(sauf (un|une|mon|ma|le|la|les|deux)|manque|pas tous|pas remonte|toujours dans le eau|',
  'encore dans le eau|introuvable|disparu|disparue|blesse|blessee|hypothermie|inconscient|',
  'derive|coule|on arrive pas|narrive pas|aidez|au secours|vite)\\b',
);

const TAKING_WATER = '(prend le eau|prend la flotte|coule|a coule|se remplit|se est rempli|' +
  'est en train de couler|commence a couler|est a moitie coule|chavire)';
const MOORED = '(au port|a quai|dans le port|a la marina|au ponton|au mouillage|a son anneau|' +
  'sur sa bouee|en hivernage|sur sa remorque|sur le parking|au chantier|en cale seche)';
/** A moored boat: a question for the harbour master, the insurer or a tow. */
const MOORED_BOAT = rx('',
  `\\b${TAKING_WATER}\\b( [a-z]+){0,4} ${MOORED}\\b|\\b${MOORED}\\b( [a-z]+){0,4} ${TAKING_WATER}`,
  '\\b',
);
const ABOARD = rx('',
  '\\b((?<!personne )a bord|dedans|dessus|coince|coincee|blesse|blessee|enfant|enfants|',
  'tombe|tombee|dans le eau|personne dans|on est|nous sommes|je suis|aidez|au secours|vite)\\b',
);

/** "comment retourner un kayak quand il chavire": a lesson, asked ahead. */
const BOAT_HOW_TO = rx('',
  '^(comment|comment faire pour|comment on fait pour|comment on|quelle est la technique pour|',
  'quelle technique pour|astuce pour|conseils? pour|on fait comment pour) (retourner|',
  'retourne|redresser|redresse|remonter|remonte|vider|vide|ecoper|sortir|se remettre)',
  '( [a-z]+){0,3} (kayak|canoe|paddle|deriveur|voilier|catamaran|optimist|barque|bateau|',
  'planche|pedalo|hobie cat)\\b',
);
const URGENT = rx('', '\\b(vite|urgent|urgence|aidez|au secours|on est|nous sommes|je suis|',
  'maintenant|la tout de suite|coince|coincee|froid|dans le eau depuis)\\b');

/** A boat matter with no one in danger now. */
export function boatNoOneAtRisk(text: string): boolean {
  if (gatedTest(ALL_SAFE, text) && !gatedTest(NOT_ALL, text)) {
    return true;
  }

  if (gatedTest(MOORED_BOAT, text) && !gatedTest(ABOARD, text)) {
    return true;
  }

  return gatedTest(BOAT_HOW_TO, text) && !gatedTest(URGENT, text);
}

/** Medicines packed for a trip: "prendre tous mes médicaments en voyage". */
const TRAVEL_MEDS = rx('',
  '\\b(prendre|emporter|emmener|amener|mettre|ranger|transporter|passer)( avec moi)? ',
  '(tous |toutes )?(mes|mon|ma|les|nos|son|ses) (medicaments|medocs|traitements?|cachets|',
  'pilules|comprimes|insuline|piqures)( [a-z]+){0,3} (en|pour le|pour les|pendant le|',
  'pendant les|dans le|dans la|dans ma|dans mon|a le|a la|en cabine|en soute) ?(voyage|',
  'vacances|avion|valise|bagage|bagages|etranger|sejour|croisiere|cabine|soute|week end|',
  'deplacement|douane)\\b',
);
const DESPAIR = rx('', '\\b(en finir|mourir|plus envie|partir pour toujours|dormir pour ',
  'toujours|adieu|suicide|suicider|me tuer|disparaitre|plus vivre|une bonne fois)\\b');

/** Packing a treatment for a trip: no intent to swallow it all. */
export function travelMedicines(text: string): boolean {
  return gatedTest(TRAVEL_MEDS, text) && !gatedTest(DESPAIR, text);
}

/** A malaise or fall days ago that still aches: the doctor, not the 15, unless worse now. */
const PAST_EPISODE = rx('',
  '\\b(malaise|chute|tombe|tombee|accident|choc|coup|entorse)\\b.{0,40}\\b(il y a ',
  '(\\d+|deux|trois|quatre|cinq|quelques|plusieurs) (jours|semaines|mois)|la semaine ',
  'derniere|le week end dernier|avant hier)\\b.{0,40}\\b(encore|toujours) (mal|une douleur|',
  'des douleurs|un bleu|des courbatures|sensible|douloureux|douloureuse)\\b',
);
const WORSE_NOW = rx('',
  '\\b(poitrine|thorax|respire|respirer|souffle|bras gauche|machoire|la je|maintenant|',
  'a nouveau|de nouveau|refait|recommence|connaissance|inconscient|vomi|vomis|paralyse|',
  'engourdi|sang|saigne|pire|empire|aggrave|de plus en plus|insupportable|urgence|vite|',
  'tete qui tourne|vertiges?)\\b',
);

export function pastEpisodeStillSore(text: string): boolean {
  return gatedTest(PAST_EPISODE, text) && !gatedTest(WORSE_NOW, text);
}
