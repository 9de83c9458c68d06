import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Children left alone for days by parents gone away, with nothing left to eat: no blow, no
 * "ce soir", yet a danger now. The child line first (119), the police with it.
 */
const KIDS = '(enfants|enfant|gamins|gosses|petits|bebe|bebes|fils|fille|filles|nourrisson|' +
  'jumeaux|[a-z]+ de ([1-9]|1[0-2])( et ([1-9]|1[0-2]))? ans)';

export const NET_LEFT_ALONE: readonly NetFamily[] = [
  {
    id: 'net-kids-alone-for-days',
    situation: 'child_neglect',
    always: true,
    patterns: [rx('', `\\b${KIDS}( [a-z]+){0,3} (tout |tous |toutes )?(seuls|seul|seule|seules)\\b`,
      '( [a-z0-9]+){0,6} depuis (deux|trois|quatre|plusieurs|des|\\d+) jours\\b')],
    requires: rx('', '\\b(rien a manger|plus rien a manger|rien mange|pas mange|ont faim|a faim|',
      'sans manger|pleure|pleurent|personne ne (vient|ouvre|repond)|frigo vide)\\b'),
    unless: rx('', '\\b(colonie|colo|camp|grands parents|nounou|baby sitter|film|serie|roman|',
      'livre|quand je etais|il y a (des|deux|trois) ans)\\b'),
  },
];
