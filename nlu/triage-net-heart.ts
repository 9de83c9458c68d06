import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A heart attack told in the citizen's own words: the chest named any way (poitrine, thorax,
 * torse, cœur, sternum) with a pain that spreads (arm, jaw, shoulder, back), that squeezes
 * or crushes, or that is told huge. Word classes rather than a tester's sentence: "une
 * douleur énorme qui descend dans le bras" and "ça lui prend le bras et la mâchoire" are the
 * same sign.
 */
const CHEST = '(poitrine|thorax|torse|sternum|thoracique|thoraciques|coeur)';
const SPREADS = '(descend|descendent|part|partent|monte|remonte|irradie|irradient|lance|prend|' +
  'va|file|diffuse|gagne|tire)';
const SPREAD_TO = '(bras|machoire|machoires|epaule|epaules|dos|cou|gorge|mains?)';
const SQUEEZES = '(serre|serrent|etau|poids|oppression|oppresse|broie|ecrase|ecrasement|' +
  'comprime|compression|enserre)';
const HUGE = '(enorme|enormes|atroce|atroces|terrible|horrible|intense|violente|insupportable|' +
  'grosse|forte|aigue|vive)';
const PAIN = '(douleur|douleurs|mal)';

export const NET_HEART: readonly NetFamily[] = [
  {
    id: 'net-heart-spread',
    situation: 'medical',
    patterns: [
      rx('', `\\b${CHEST}( [a-z]+){0,8} ${SPREADS}( [a-z]+){0,4} ${SPREAD_TO}\\b`),
      // "un étau sur la poitrine", "ça me serre dans le thorax": not "serrer le cœur" (sorrow)
      rx('', `\\b${SQUEEZES}( [a-z]+){0,3} (poitrine|thorax|torse|sternum)\\b`),
      rx('', `\\b(poitrine|thorax|torse)( [a-z]+){0,3} ${SQUEEZES}\\b`),
      rx('', `\\b${PAIN}( [a-z]+){0,1} ${HUGE}( [a-z]+){0,4} ${CHEST}\\b`),
      rx('', `\\b${HUGE} ${PAIN}( [a-z]+){0,4} ${CHEST}\\b`),
    ],
    unless: rx('',
      '\\b(sport|muscu|musculation|tatouage|coup de soleil|bronzage|chagrin|emotion|film|',
      'serie|livre|prix|facture|portefeuille|rupture|amoureux|amoureuse)\\b',
    ),
  },
];
