import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * No place left on this earth, said without a word of death: no reason to stay ("plus
 * aucune raison de rester sur cette terre"), too much in this world, not meant to exist
 * ("je devrais plus exister"), what's the point of living ("à quoi bon continuer"): 3114
 * first. Staying in a job or a town, living in fear or noise, the point of a complaint, stay
 * calm.
 */
const ON_EARTH = '(sur (cette|la) terre|sur terre|dans ce monde|en ce monde|ici bas|en vie|' +
  'parmi (vous|nous|les vivants)|de ce monde)';

/** "continuer la procédure", "vivre en ville": a thing to go on with, a place to live in. */
const GO_ON = '(continuer|avancer|tenir|me battre|me lever|exister|vivre)(?! (la|le|les|ce|' +
  'cette|ces|mes|ma|mon|a|au|de|des|du|en|dans|ici|comme|chez|avec|ainsi|la dedans|ensemble)\\b)';

const NO_REASON = rx('',
  '\\b(plus|aucune|pas de|plus de|plus aucune|pas une) (seule )?raisons? (de|pour) ',
  `(continuer a vivre|${GO_ON}|rester ${ON_EARTH}|rester$)`,
);

const NOT_STAYING = rx('',
  '\\b(compte|pense|vais|veux|vais pas|compte pas|pense pas|pourrai|resterai) (plus|pas) ',
  `(rester|tenir|etre la) (encore )?(longtemps |tres longtemps )?${ON_EARTH}`,
  '(?! (du|de la|des|de le|professionnel|associatif|politique|de le travail)\\b)',
);

const TOO_MUCH = rx('',
  '\\b(je suis|suis|jsuis|chui|je me sens|me sens) (de trop|en trop) ',
  `(${ON_EARTH}|partout|pour tout le monde|dans la vie de tout le monde)\\b`,
);

const NOT_MEANT = rx('',
  '\\b(je (ne )?devrais (plus|pas|meme pas)|je (ne )?aurais (jamais|pas) du|je (ne )?merite ',
  '(pas|plus) de|je (ne )?merite (pas|plus)|jaurais jamais du) ',
  '(exister|vivre|naitre|etre ne|etre nee|etre en vie|etre de ce monde|etre sur (cette )?terre|',
  'etre la|etre ici)\\b(?! (comme|dans|ainsi|avec|chez|ici|sous|pres|a|au|en)\\b)|',
  '\\b(ma vie|mon existence) (ne )?(vaut|sert) (plus )?(rien|a rien)\\b',
);

const WHAT_POINT = rx('',
  '\\b(a quoi|a koi|akoi) (ca |cela )?(bon|sert|servirait|ca sert) (de )?',
  `(${GO_ON}|rester ${ON_EARTH}|continuer a vivre|se lever le matin|me lever le matin|`,
  'rester en vie|etre en vie|se battre pour vivre)\\b',
);

/** A quote, a song, a film line, a philosophy essay: the words are someone else's. */
const QUOTED = rx('',
  '\\b(chanson|paroles|film|serie|citation|philo|philosophie|dissertation|dissert|sujet|',
  'poeme|roman|livre|personnage|expose|mdr|lol|ptdr)\\b',
);

export const NET_NO_PLACE: readonly NetFamily[] = [
  {
    id: 'net-no-place',
    situation: 'suicide',
    always: true,
    patterns: [NO_REASON, NOT_STAYING, TOO_MUCH, NOT_MEANT, WHAT_POINT],
    unless: QUOTED,
  },
];
