import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Someone found lying in blood and thought dead: a death that may be violent needs the
 * police (17) as well as the SAMU the medical reading gives. Falls, cuts and road accidents
 * stay medical: their blood says nothing of a crime.
 */
const IN_BLOOD = rx('',
  '\\b(plein de sang|pleine de sang|couvert de sang|couverte de sang|dans son sang|',
  'mare de sang|flaque de sang|du sang partout|sang partout|baigne dans le sang|en sang|',
  'ensanglante|ensanglantee)\\b',
);
const THOUGHT_DEAD = rx('',
  '\\b((il|elle) est (mort|morte|decede|decedee)|(est|semble|parait|a le air) (mort|morte)|',
  '(mort|morte) je crois|je crois que (il|elle) est (mort|morte)|cadavre|corps sans vie|',
  'un corps|inanime|inanimee|bouge plus|bouge pas|respire plus|respire pas)\\b',
);

export const NET_FOUND_DEAD: readonly NetFamily[] = [
  {
    id: 'net-found-dead',
    situation: 'violence',
    patterns: [IN_BLOOD],
    requires: THOUGHT_DEAD,
    unless: rx('',
      '\\b(tombe|tombee|chute|accident|echelle|escalier|escaliers|velo|moto|voiture|scooter|',
      'renverse|renversee|percute|percutee|coupe|coupee|saigne du nez|accouche|accouchement|',
      'regles|veines|poignets|animal|chien|chat|oiseau|lapin|biche|chevreuil|sanglier|poule)\\b',
    ),
  },
];
