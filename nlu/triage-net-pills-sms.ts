import type { NetFamily } from './triage-net-families';
import { SUBSTANCES } from './triage-net-rescue';
import { rx } from './triage-words';

/**
 * The writer's own overdose typed in SMS: "g gobé tt mes medoc", "jai pri tte la
 * plaquette", "g pris 30 cachet". Spelled properly, net-whole-box reads "tous mes cachets"; typed
 * short, the quantifier ("tou", "tt", "tte"), the possessive ("mé" is "me" once accents go)
 * and the plural are lost, and a count of pills ("20 doliprane") was read as an accident.
 * A whole stock or a dozen pills swallowed by the writer is an attempt: the SAMU first, the
 * suicide line after (suicide_attempt). Two pills for a headache, a box bought, one pill
 * swallowed the wrong way hold no quantifier nor count.
 */
const TAKEN = '(pri|pris|prit|prix|avale|avaler|avalai|gobe|gober|englouti|ingere|bouffe|bu|' +
  'vide|vider|enfile)';
/** "tou", "tt", "ts", "tte": all of it, however it is typed. */
const ALL = '(tous|tou|tout|tt|ts|toute|tte|toutes|ttes|la totalite de)';
const OWNED = '(me|mes|ma|mon|les|la|le|ses|sa|son|une|un)';
const PILLS = `(${SUBSTANCES}|cachet|comprime|pilule|gelule|gelules|boite|boites|plaquette|` +
  'plaquettes|flacon|somnifere|anxiolytique|antidepresseur|traitement|neuroleptiques?|' +
  'tramadol|codeine|lamaline|ibuprofene|efferalgan|dafalgan|seresta|stilnox|tercian|imovane)';
const MANY = '(\\d{2,}|dix|douze|quinze|vingt|trente|quarante|cinquante|cent)';

const OWN_OVERDOSE = rx('',
  `\\bje (ai|viens de) ${TAKEN} (${ALL} (${OWNED} )?|${MANY} )([a-z]+ ){0,2}${PILLS}\\b`,
  // "tte la boite" with nothing after: the box itself is the dose
  `|\\bje (ai|viens de) ${TAKEN} ${ALL} (me|mes|ma|la|les) (boite|boites|plaquette|plaquettes|`,
  'cachets?|medocs?|comprimes?|pilules?)\\b',
);

/** A box of sweets, a count spread over a week, a prescription: no overdose. */
const NOT_OVERDOSE = rx('',
  '\\b(chocolats?|bonbons?|gateaux|biscuits|chips|cereales|vitamines?|homeopathie|granules|',
  'par jour|sur (la|une) semaine|en un mois|ordonnance|pharmacie|pharmacien|prescrit|',
  'prescription|rembourse|remboursement)\\b',
);

export const NET_PILLS_SMS: readonly NetFamily[] = [
  {
    id: 'net-pills-sms',
    situation: 'suicide_attempt',
    patterns: [OWN_OVERDOSE],
    unless: NOT_OVERDOSE,
  },
];
