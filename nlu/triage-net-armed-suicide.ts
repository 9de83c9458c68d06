import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A relative who threatens to shoot himself ("mon mari menace de se tuer avec son fusil",
 * "mon père a sorti sa carabine, il dit qu'il va se tirer dessus"): a loaded gun in the
 * house is a danger to everyone there, so the police first, the 3114 and SAMU with it.
 */
const ENDS_HIMSELF = rx('',
  '\\b(menace de|menacait de|va|veut|voulait|vais|parle de|dit que (il|elle) va|',
  'a dit que (il|elle) (va|allait)) (se tuer|se suicider|en finir|se tirer dessus|',
  'se tirer une balle|se flinguer|se faire sauter la tete|se mettre une balle)\\b',
);

const FIREARM = rx('',
  '\\b(fusil|fusils|carabine|pistolet|revolver|flingue|arme|armes|calibre|fusil de chasse)\\b',
);

/** Told from a screen or years back: no gun in the house now. */
const NOT_NOW = rx('',
  '\\b(film|serie|livre|roman|jeu|jeu video|il y a (\\d+|deux|trois) ans|autrefois)\\b',
);

export const NET_ARMED_SUICIDE: readonly NetFamily[] = [
  {
    id: 'net-armed-suicide',
    situation: 'suicide_with_others',
    always: true,
    patterns: [ENDS_HIMSELF],
    requires: FIREARM,
    unless: NOT_NOW,
  },
];
