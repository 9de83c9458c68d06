import type { NetFamily } from './triage-net-families';
import { NET_PHONE_TAKEN } from './triage-net-phone-taken';
import { rx } from './triage-words';

/**
 * A long gun or a weapon brandished, waved or aimed now ("il brandit son fusil de chasse
 * dans la cour"): the weapon family reads "chasse" as the hunting FAQ, but a hunting rifle
 * waved at people is a 17. A target, a prey or a shooting range is no threat.
 */
const BRANDISHED = rx('',
  '\\b(brandit|brandissent|brandi|agite|agitent|pointe|pointent|braque|braquent)',
  '( [a-z]+){0,2} (son|sa|ses|un|une|le|la|leur|des) (fusil|fusils|carabine|carabines|',
  'pistolet|revolver|flingue|arme|armes|kalach|kalachnikov|arbalete|machette|hache|',
  'couteau|sabre)\\b',
);
const NO_THREAT = rx('',
  '\\b(cible|cibles|gibier|sanglier|sangliers|cerf|chevreuil|lapin|faisan|stand|ball trap|',
  'musee|vitrine|photo|photos|drapeau|lampe|torche|doigt)\\b',
);

/** "au bout de ma vie" without "je suis": the same despair, the 3114. */
const END_OF_MY_LIFE = /\bau bout de ma vie\b/;

/** Round 29's families (t37), one line in the net's list. */
export const NET_ROUND29_T37: readonly NetFamily[] = [
  ...NET_PHONE_TAKEN,
  {
    id: 'net-weapon-brandished',
    situation: 'weapon',
    patterns: [BRANDISHED],
    unless: NO_THREAT,
  },
  {
    id: 'net-end-of-my-life',
    situation: 'suicide',
    always: true,
    patterns: [END_OF_MY_LIFE],
  },
];
