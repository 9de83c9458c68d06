import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Sexual coercion under way, the aggressor close by: "il veut me forcer à coucher, il est
 * dans le salon". The police first (violence: 17, 112); the one who cannot
 * speak gets the 114 from the hiding rules. Told in the past ("il m'a forcée l'an dernier",
 * "il me forçait") or as years of it, it is the sexual-violence FAQ: the net's past
 * and habit markers calm it, and the present is required by the verb itself.
 */
const FORCED = '(me force|me forcent|veut me forcer|va me forcer|essaie de me forcer|' +
  'me oblige|me obligent|veut me obliger|me contraint|me pousse)';
const SEX = '(avoir des relations|avoir des rapports|coucher|faire le amour|faire des choses|' +
  'des relations sexuelles|des rapports sexuels|le sucer|faire une fellation|me deshabiller|' +
  'me toucher|le toucher)';
const CLOSE = '(il est|ils sont|il dort|il attend|il me attend|il revient|il arrive) ' +
  '(dans|a cote|juste a cote|la|ici|derriere|devant|en bas|au salon|encore)';

const COERCED_NOW = rx('',
  `\\b${FORCED} (a |de )?${SEX}\\b(?=.*\\b${CLOSE}\\b)|`,
  `\\b${CLOSE}\\b(?=.*\\b${FORCED} (a |de )?${SEX}\\b)`,
);

const TOLD_AS_PAST = rx('',
  '\\b(depuis des (annees|mois)|quand on etait|avant|plainte|porter plainte|comment faire|',
  'il y a \\d+|il y a (deux|trois|quelques) (ans|mois|semaines)|me forcait|me obligeait)\\b',
);

export const NET_COERCED_NOW: readonly NetFamily[] = [
  {
    id: 'net-coerced-now',
    situation: 'violence',
    habitCancels: true,
    patterns: [COERCED_NOW],
    unless: TOLD_AS_PAST,
  },
];
