import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A wild animal hit on the road last night ("j'ai percuté un sanglier, la voiture est
 * abîmée, moi je n'ai rien, faut-il le déclarer ?"): a claim and a declaration, not an
 * emergency, even when the carcass "est resté sur la route". Anyone hurt, trapped or
 * bleeding, or the crash happening now, keeps the alarm.
 */
const WILD = rx('',
  '\\b(sanglier|sangliers|laie|marcassin|chevreuil|chevreuils|biche|biches|cerf|cerfs|daim|',
  'faon|renard|blaireau|gibier|animal sauvage|bete sauvage)\\b',
);

const HIT = rx('',
  '\\b(percute|percutee|heurte|heurtee|tape|tapee|touche|touchee|renverse|ecrase|collision|',
  'accident|choc|surgi|traverse|pris de plein fouet|de plein fouet)\\b',
);

/** Nobody hurt, said in so many words. */
const UNHURT = rx('',
  '\\b(je ai rien|je ai pas de mal|je ne ai rien|moi rien|moi ca va|je vais bien|ca va pour moi|',
  'personne (ne est |de |ne a ete |a ete )?(blesse|blessee|blesses)|aucun blesse|pas de blesse|',
  'pas blesse|pas blessee|ne sommes pas blesses|indemne|indemnes|plus de peur que de mal|',
  'sain et sauf|saine et sauve|rien de casse pour moi|(ni moi ni|tout le monde) [a-z ]{0,30}',
  '(rien|bien|indemnes?|pas blesses?))\\b',
);

/** Someone hurt after all, or the road blocked right now. */
const HURT_OR_NOW = rx('',
  '\\b(saigne|saignent|sang|coince|coincee|bloque dans|inconscient|inconsciente|respire|',
  'bouge plus|mal a la|mal au|hopital|urgences|ambulance|en ce moment|maintenant|a le instant|',
  'je viens de|vient de|vite|au secours)\\b',
);

export function wildlifeCrashNobodyHurt(text: string): boolean {
  return gatedTest(WILD, text) && gatedTest(HIT, text) && gatedTest(UNHURT, text) &&
    !gatedTest(HURT_OR_NOW, text);
}
