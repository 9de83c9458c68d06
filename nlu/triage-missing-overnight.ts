import { gatedTest } from './regex-gate';
import type { NetFamily } from './triage-net-families';
import { AT_RISK, ENDING, GONE, MINOR, OVER } from './triage-missing-days';
import { rx } from './triage-words';

/**
 * A grown-up not home since last night, the phone off (blind94: "mon frère est pas rentré
 * depuis hier soir et son tel est coupé" alarmed). topics.json sets the line: the 17 is for a
 * WORRYING disappearance, and an adult is free to spend a night away. With no age said, a
 * brother, a sister, a partner, a friend or a flatmate is taken for an adult: one night out
 * of reach, told alone, is the missing-person answer (which says when to call the 17). A
 * minor keeps the alarm (tester27's rule, triage-net-round-t95.ts), and so does the parent's
 * "mon fils", "ma fille" without an age (often a teenager: when in doubt, detect), and any
 * sign that makes it worrying: words of ending one's life, someone who cannot look after
 * themselves, a threat, a stranger, drink or drugs, an outing in the wild, a behaviour unlike
 * them. Decision recorded in docs/understanding.md (Emergency triage, disappearances).
 */

/** Since last night: one night, not days (triage-missing-days.ts reads days). */
const OVERNIGHT = rx('',
  '\\b(depuis hier( soir| au soir| apres midi| aprem)?|hier soir|cette nuit|de la nuit|',
  'la nuit derniere|depuis cette nuit|depuis la nuit|de toute la nuit|ce matin|depuis ce matin)\\b',
);

/** Slept out: "a découché", "a pas dormi à la maison" (no "gone" word needed). */
const SLEPT_OUT = rx('',
  '\\b(a|as|ont) (decouche|decouchee|decouches)|(a|ont) (pas|jamais) (dormi|dormie) (a la maison|',
  'chez (nous|moi|lui|elle|eux))|(est|sont) pas rentree? dormir\\b',
);

/** A kin word with no age (an adult presumed), or the writer's child said grown up. */
const ADULT_KIN = rx('',
  '\\b(mon|ma|notre) (grand |grande |)(frere|soeur|frangin|frangine|mari|femme|epoux|epouse|',
  'conjoint|conjointe|compagnon|compagne|copain|copine|mec|meuf|pote|ami|amie|',
  'meilleur ami|meilleure amie|coloc|colocataire|cousin|cousine|beau frere|belle soeur)\\b|',
  // the writer's child, said to be grown up: "mon fils de 24 ans", "ma fille majeure"
  '\\b(mon|ma|notre) (fils|fille) ((de |qui a )?(1[89]|[2-9][0-9]) ?ans|majeure?)\\b',
);

/** The writer's child, a runaway, a school: a minor may be meant, the alarm stays. */
const MAYBE_MINOR = rx('',
  '\\b((fils|fille)(?! (de |qui a )?(1[89]|[2-9][0-9]) ?ans| majeure?)|fugu[a-z]*|college|',
  'collegien|collegienne|lycee|lyceen|lyceenne|petit frere|petite soeur|cadet|cadette)\\b',
);

/** What makes one night worrying beyond the words of triage-missing-days.ts. */
const WORRYING = rx('',
  '\\b(inconnu|inconnue|connait pas|bizarre|chelou|peur|bourre|bourree|saoul|saoule|ivre|',
  'alcool|drogue|drogues|accident|hopital|bagarre|blesse|blessee|agresse|agressee|',
  'pas son genre|pas du tout son genre|(jamais|pas) (fait ca|arrive)|jamais decouche|',
  'decouche jamais|montagne|rando|randonnee|bateau|kayak|peche|plongee|ski|grotte|foret|',
  'chasse|nage|baignade|moto|au secours|aidez|',
  // back, or found, in a bad way: the body's danger is the rules' to read
  'par terre|au sol|inconscient|inconsciente|respire|bouge plus|bouge pas|sang|saigne|malaise|',
  'vomi|vomit|overdose|convulse|froid|glace|gele)\\b',
);

/**
 * An adult out one night and out of reach, with nothing worrying told: one regex, the
 * `unless` of the families that read it as a disappearance to search now. Only the reading
 * of the night is calmed: any other danger told beside it is read as ever.
 */
export const ADULT_NIGHT_OUT = rx('',
  `^(?:(?=.*${OVERNIGHT.source})(?=.*${GONE.source})|(?=.*${SLEPT_OUT.source}))`,
  `(?=.*${ADULT_KIN.source})(?!.*${MAYBE_MINOR.source})(?!.*${MINOR.source})`,
  `(?!.*${ENDING.source})(?!.*${AT_RISK.source})(?!.*${WORRYING.source})`,
);

/** For the learned vote, which read "pas rentré cette nuit ... répond plus" as a danger. */
export function grownUpOutOvernight(text: string): boolean {
  return gatedTest(ADULT_NIGHT_OUT, text);
}

/** Someone of the writer's: a phone or a bike gone overnight is no search. */
const KIN = '\\b(mon|ma|notre|nos|mes) ([a-z]+ )?(frere|soeur|frangin|frangine|mari|femme|epoux|' +
  'epouse|conjoint|conjointe|compagnon|compagne|copain|copine|mec|meuf|pote|ami|amie|coloc|' +
  'colocataire|cousin|cousine|fils|fille|enfant|enfants|pere|mere|papa|maman|oncle|tante|' +
  'voisin|voisine)\\b';

/** Gone since last night: the night's version of triage-missing-days.ts's search. */
const GONE_OVERNIGHT = rx('', `^(?=.*${OVERNIGHT.source})(?=.*${KIN}).*${GONE.source}`);

/**
 * Gone since last night AND a danger named (words of ending it, a vulnerable person): the
 * search first, whatever the past tense of "il avait dit qu'il voulait en finir".
 */
export const NET_MISSING_OVERNIGHT: readonly NetFamily[] = [
  {
    id: 'net-missing-overnight-ending',
    situation: 'suicide_fled',
    always: true,
    patterns: [GONE_OVERNIGHT],
    requires: ENDING,
    unless: OVER,
  },
  {
    id: 'net-missing-overnight-at-risk',
    situation: 'missing_person',
    always: true,
    patterns: [GONE_OVERNIGHT],
    requires: AT_RISK,
    unless: OVER,
  },
];
