import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "ma mère a eu un petit accident hier, rien de grave, juste la carrosserie, mais l'autre
 * conducteur était bourré": a past fender-bender, told as harmless, with a driver drunk
 * then. Its "juste là" is no place now. A wound, someone stuck, or the drunk driver on the
 * road now ("il conduit", children aboard) keeps the alarm.
 */
const CRASH = rx('',
  '\\b(accident|accrochage|accroche|collision|carambolage|accidente|accidentee|percute|',
  'percutee|embouti|emboutie|tamponne|tamponnee|rentre dedans)\\b',
);

const HARMLESS = rx('',
  '\\b(rien de grave|pas de blesse|pas de blesses|aucun blesse|personne (de |ne est |nest )?',
  'blesse|plus de peur que de mal|que de la tole|juste (la|de la) (carrosserie|tole|peinture)|',
  '(que|seulement) (la carrosserie|de la tole|des degats materiels)|degats materiels|',
  'tout le monde va bien|juste (un|le|une) (pare choc|retro|retroviseur|rayure|aile|bosse))\\b',
);

const BEFORE = rx('',
  '\\b(hier|avant hier|la semaine derniere|ce matin|samedi|dimanche|lundi|mardi|mercredi|',
  'jeudi|vendredi|le week end|le autre jour|(a|ai|avons|ont) eu)\\b',
);

const HURT_OR_ON_ROAD = rx('',
  '(?<!\\b(pas de|aucun|personne|sans|ni|personne ne est|personne de) )',
  '\\b(blesse|blesses|blessee|blessees)\\b|',
  '\\b(sang|saigne|inconscient|inconsciente|coince|coincee|mal (a|au|aux|dans)|douleur|',
  'urgences|en ce moment|maintenant|roule encore|conduit|conduire|va reprendre|en train de|',
  'repart|reprend le volant|',
  '(enfant|enfants|bebe|petits) (a bord|dans la voiture|avec lui|avec elle)|menace|frappe|',
  'tape|agresse|couteau|arme)\\b',
);

export function harmlessCrashBefore(text: string): boolean {
  return gatedTest(CRASH, text) && gatedTest(HARMLESS, text) && gatedTest(BEFORE, text) &&
    !gatedTest(HURT_OR_ON_ROAD, text);
}
