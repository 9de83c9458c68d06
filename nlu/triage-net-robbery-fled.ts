import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * An armed robbery that has just happened, the robber fleeing now ("un homme cagoulé vient
 * de partir avec la caisse, il avait un pistolet, il y a une minute"): the "avait" reads as
 * past, but the robber can still be caught: 17.
 */
const ROBBER = rx('',
  '\\b(cagoule|cagoules|cagoulee?|braque|braquee?|braquer|braquage|braqueur|braqueurs|',
  'pistolet|flingue|',
  'arme|armes|couteau|revolver|fusil|menace avec)\\b',
);
const FLED_NOW = rx('',
  '\\b(vient|viennent) de (partir|se enfuir|filer|se barrer|sortir|prendre la fuite|',
  'repartir|se sauver)\\b|',
  '\\b(est|sont) (parti|partis|sortis?|repartis?) (a pied|en courant|en voiture|en scooter|',
  'en moto|vers|par|en direction)\\b|\\b(il y a|y a) (une|deux|trois|cinq|\\d) minutes?\\b|',
  '\\b(a le instant|en fuite|court encore|il court vers|ils courent vers|part en courant)\\b',
);

export const NET_ROBBERY_FLED: readonly NetFamily[] = [
  {
    id: 'net-robbery-fled',
    situation: 'weapon',
    always: true,
    patterns: [FLED_NOW],
    requires: ROBBER,
    unless: rx('', '\\b((?<!depuis )hier|la semaine derniere|le mois dernier|le an dernier|',
      'il y a (\\d+|deux|trois|quelques) (jours|semaines|mois|ans)|plainte|film|serie|reve|',
      'jeu|aux infos|au journal|article|reportage|roman|exercice|simulation|si un jour|',
      'que faire si|comment reagir|formation)\\b'),
  },
];
