import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * "un chien m'a sauté dessus dans une cour, le propriétaire se moque de moi": a dog incident
 * told after it, the writer safe and asking what to do about an owner who shrugs. The
 * animals or complaint answer; a bite that bleeds, an attack under way or a call for help
 * keep the alarm.
 */
const DOG_DID = rx('',
  '\\b(chien|chienne|chiens|molosse|pitbull|rottweiler|berger allemand|malinois)\\b',
  '( [a-z]+){0,3} (me|m|nous|lui|le|la) (a|ont|avait) (saute dessus|saute|mordu|mordille|',
  'attaque|attaquee|charge|couru apres|poursuivi|poursuivie|fait tomber|grogne dessus)\\b',
);
const OWNER_SHRUGS = rx('',
  '\\b(proprietaire|proprio|maitre|maitresse|la dame|le monsieur|le voisin|la voisine)\\b',
  '( [a-z]+){0,3} (se moque|se fout|rigole|rit|refuse|veut pas|ne veut pas|nie|dit que ',
  'ce est rien|dit que il est gentil|fait rien|ne fait rien|hausse les epaules|ignore)\\b',
);
const HURT_NOW = rx('',
  '\\b(saigne|sang|profonde|profond|hopital|urgences|points de suture|arrache|encore la|',
  'toujours la|il me attaque|me attaque|me mord|en train|au secours|aidez|vite|enfant|bebe|',
  'fils|fille|gamin|petit)\\b',
);

export function dogIncidentOver(text: string): boolean {
  return gatedTest(DOG_DID, text) && gatedTest(OWNER_SHRUGS, text) &&
    !gatedTest(HURT_NOW, text) && !hereNow(text);
}
