import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A door being forced right now, in slang too ("ils sont en train d'exploser la porte",
 * "ils pètent la serrure", "quelqu'un défonce ma porte"): a break-in under way, a 17, and
 * never a gas blast (triage-calm-door-blast.ts). Done deeds ("ils ont défoncé la porte")
 * are the complaint's; firemen, a locksmith or lost keys are no intruder.
 */
const FORCING_NOW = rx('',
  '\\b(ils|il|elle|elles|on|quelqu un|quelquun|qqn|des gens|des mecs|des types|des hommes|',
  'un homme|un mec|un type|des inconnus|un inconnu|des individus|mon ex|son ex)',
  '( (sont|est) en train de| (essaie|essaient|essaye|essayent|tente|tentent) de| (veut|veulent)| ',
  '(vont|va))? (exploser|explosent|explose|defoncer|defoncent|defonce|peter|petent|pete|',
  'forcer|forcent|force|enfoncer|enfoncent|enfonce|casser|cassent|casse|fracasser|',
  'fracassent)( [a-z]+)? (la|ma|notre|nos|les|mes) (porte|portes|serrure|porte de entree)\\b',
);

const NOT_INTRUDERS = rx('',
  '\\b(pompiers|police|policiers|gendarmes|serrurier|huissier|cles|clefs|clef|cle|placard|',
  'frigo|armoire|voiture|garage|enfermee dehors|enferme dehors|coince dehors|bloque dehors|',
  'dans le film|dans la serie|jeu)\\b',
);

export const NET_DOOR_FORCED: readonly NetFamily[] = [
  {
    id: 'net-door-forced',
    situation: 'intrusion',
    patterns: [FORCING_NOW],
    unless: NOT_INTRUDERS,
  },
];
