import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * The pills laid out and the decision said, at the end of a long story of despair: "toutes
 * les boîtes sont sur la table, je crois que cette fois je vais le faire", "c'est ce soir".
 * Nothing is swallowed yet: a suicide plan, so the 3114 leads (the overdose family adds
 * the 15). Pills already swallowed are read by the attempt rules, which lead with the 15.
 */
const PILLS = '(boites|boite|cachets|medicaments|medocs|comprimes|plaquettes|pilules|gelules|' +
  'somniferes|anxiolytiques|antidepresseurs|cachetons)';

const LAID = '(mis|pose|posees|poses|aligne|alignees|alignes|etale|etalees|etales|sorti|sorties|' +
  'sortis|prepare|preparees|prepares|range|rangees|vide)';

const LAID_OUT = rx('',
  `\\b${LAID}( [a-z]+){0,3} ${PILLS}\\b|`,
  `\\b${PILLS}( [a-z]+){0,4} (sont|est) (toutes |tous |deja |bien )?(pretes|prets|prete|`,
  'alignees|alignes|preparees|prepares|etalees|la|sur la table|devant moi|a cote de moi)\\b|',
  `\\b${PILLS}( [a-z]+){0,3} sur (la|ma|sa) (table|lit|bureau)\\b`,
);

/** The decision: "je vais le faire", "je vais tout avaler", "c'est ce soir". */
const DECIDED = rx('',
  '\\b((je|il|elle) (crois|croit|pense|sais|sait) que )?(cette fois )?(je|il|elle) (vais|va) ',
  '(le faire|tout avaler|tout prendre|les avaler|les prendre|en finir|passer a le acte)\\b|',
  '\\b(ce est|sait|cest|ses|ce) (ce soir|pour ce soir|cette nuit|maintenant|decide|la fin)\\b|',
  '\\bcette fois (ci )?(ce est|sait|cest) (la bonne|la derniere)\\b',
);

/** Pills sorted for the week, returned to the pharmacy: no plan at all. */
const CARE = rx('',
  '\\b(pharmacie|pharmacien|pharmacienne|rapporter|trier|tri|perimes|pilulier|semainier|',
  'infirmiere|infirmier|posologie|ordonnance|valise|demenagement|inventaire)\\b',
);

export const NET_PILLS_INTENT: readonly NetFamily[] = [
  {
    id: 'net-pills-intent',
    situation: 'suicide',
    always: true,
    patterns: [LAID_OUT],
    requires: DECIDED,
    unless: CARE,
  },
];
