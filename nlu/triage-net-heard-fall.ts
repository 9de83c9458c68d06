import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A neighbour or a relative heard falling who no longer answers: someone on the floor behind
 * a closed door (15; the 18 that opens the door comes as the medical companion).
 */
const HEARD_FALL = rx('',
  '\\b(entendu|entends|entend|entendons) (mon|ma|le|la|notre|un|une) ',
  '(voisin|voisine|vieux voisin|vieille voisine|grand pere|grand mere|mamie|papi|pere|mere|',
  'mari|femme|colocataire|coloc|locataire|dame|vieille dame|petite dame|monsieur|',
  'vieux monsieur|personne agee)( [a-z0-9]+){0,4} (tomber|chuter)\\b|',
  '\\b(entendu|entends) (une|un gros bruit de|un bruit de|comme une) chute\\b|',
  '\\b(gros|grand|enorme) (bruit|boum|boom) (de chute|comme si (il|elle|quelqu un) tombait)\\b',
);
const NO_ANSWER = rx('',
  '\\b(repond (plus|pas)|ne repond|aucune reponse|pas de reponse|ouvre (pas|plus)|',
  'bouge plus|appelle a le aide|gemit|gemir|crie de douleur|plus aucun bruit|plus un bruit|',
  'plus rien entendu|entends plus rien)\\b',
);

export const NET_HEARD_FALL: readonly NetFamily[] = [
  {
    id: 'net-heard-fall',
    situation: 'medical',
    // "gros bruit" from a neighbour reads as a noise complaint: the cancels below stand in
    always: true,
    patterns: [HEARD_FALL],
    requires: NO_ANSWER,
    unless: rx('',
      '\\b(se est relevee?|releve tout seul|relevee toute seule|va bien|rien de grave|',
      'plus de peur que de mal|meuble|carton|cartons|armoire|sac|sacs|livres|(?<!depuis )hier|',
      'la semaine derniere|le mois dernier|le autre jour|pompiers sont venus|samu est venu|',
      'est venu le chercher|a le hopital|comment savoir|que faire si|quoi faire si)\\b',
    ),
  },
];
