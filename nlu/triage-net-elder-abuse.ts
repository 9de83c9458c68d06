import type { NetFamily } from './triage-net-families';
import { gatedTest } from './regex-gate';
import type { Situation } from './triage-words';
import { rx } from './triage-words';

/**
 * An old person beaten, shut in or starved by who lives with or cares for them, told in the
 * present ("mon voisin de 85 ans se fait battre par son petit-fils", "ma mère âgée est sous
 * l'emprise de son aide à domicile qui la frappe"): a dependent victim cannot call, so the
 * police now (17, 112) with no "en ce moment". The "fils" or "petit-fils" is the doer: the
 * child line (119) is for a child victim, not for a grandmother.
 */
const AGED = '(age|agee|ages|agees|tres age|tres agee|vieux|vieille|ancien|ancienne|' +
  'dependant|dependante|grabataire|alzheimer|de (6[5-9]|[7-9]\\d|1[01]\\d) ans|' +
  'qui a (6[5-9]|[7-9]\\d|1[01]\\d) ans)';
const ELDER = '((mon|ma|notre|son|sa|le|la|une|un) (grand pere|grand mere|papi|papy|mamie|' +
  'mami|pepe|meme|arriere grand pere|arriere grand mere|aieule|aieul)|' +
  '(mon|ma|notre|le|la|un|une) (voisin|voisine|pere|mere|oncle|tante|monsieur|dame|' +
  'personne|homme|femme|vieux|vieille|retraite|retraitee) ' + AGED + '|' +
  '(un|une|mon|ma|le|la) (vieux|vieil|vieille|petit vieux|petite vieille|vielle) ' +
  '(monsieur|dame|homme|femme|voisin|voisine)|(une|la|ma|notre) personne agee)';

const BEATS = '(frappe|frappent|bat|battent|tape|tapent|tabasse|tabassent|cogne|cognent|' +
  'maltraite|maltraitent|brutalise|enferme|enferment|sequestre|secoue|gifle|giflent|' +
  'prive de manger|affame|attache)';

/** Who cares for the old person at home. */
const CARER = '(aide a domicile|aide soignante|aide soignant|auxiliaire de vie|infirmiere|' +
  'infirmier|aide menagere|femme de menage|garde malade|auxiliaire)';

/** The harm now, said of the old person: beaten, shut in, starved, robbed by force. */
/**
 * Blows, a lock, hunger: "maltraitée" or "sous l'emprise" alone tells a state to report,
 * which the elder-abuse page answers.
 */
const HARMED = '(se fait (battre|frapper|taper|tabasser|cogner|brutaliser|gifler|secouer|' +
  'enfermer|sequestrer|racketter|depouiller)|(est|reste) (battu|battue|frappe|frappee|' +
  'brutalise|brutalisee|privee? de manger)|(est|reste) (enferme|enfermee|sequestre|' +
  'sequestree|attache|attachee)( chez (lui|elle)| dans sa chambre)? par)';

const ELDER_HARMED = rx('',
  `\\b${ELDER}( [a-z0-9]+){0,6} ${HARMED}\\b|`,
  `\\b${ELDER}( [a-z0-9]+){0,10} (qui|il|elle|ils) (le|la|les) ${BEATS}\\b|`,
  // "le petit-fils de mon voisin âgé le frappe": the old person is the one beaten
  `\\b${ELDER}( [a-z0-9]+){0,2} (le|la) ${BEATS}\\b|`,
  // "ma grand-mère, l'aide à domicile la tape": the carer named between victim and blow
  `\\b${ELDER} (le|la|son|sa) ${CARER} (le|la) ${BEATS}\\b|`,
  `\\b(frappe|frappent|bat|battent|tabasse|tabassent|maltraite|maltraitent|enferme|`,
  `enferment|sequestre|brutalise|brutalisent) ${ELDER}\\b`,
);

/** Told afterwards, to file it or ask, or no blow at all: the complaint's page. */
const TOLD_AFTER = rx('',
  '\\b(porter plainte|deposer plainte|plainte|le an dernier|le annee derniere|autrefois|',
  'quand il etait|quand elle etait|il y a (\\d+|deux|trois|quelques) (ans|mois|semaines)|',
  'comment (signaler|reconnaitre|reperer|savoir)|que faire si|film|reportage|article|',
  // a disease that "strikes", a game lost: no blow ("frapp(e|ee)": the cancels' words are
  // known to the typo corrector, which reads "frappee" as "frappe" for the phrase rules)
  'frapp(e|ee) (de|par) (alzheimer|la maladie|parkinson|demence|surdite|un avc)|',
  'aux cartes|aux echecs|au scrabble|a la belote|aux dames|a la course|au tennis)\\b',
);

export const NET_ELDER_ABUSE: readonly NetFamily[] = [
  {
    id: 'net-elder-abuse',
    situation: 'violence',
    patterns: [ELDER_HARMED],
    unless: TOLD_AFTER,
  },
];

/** A child named as the victim: then the child line stays. */
const CHILD_VICTIM = rx('',
  '\\b(enfant|enfants|bebe|bebes|gamin|gamine|gosse|gosses|nourrisson|mineur|mineure|',
  'eleve|je ai ([5-9]|1[0-7]) ans|de ([1-9]|1[0-7]) ans)\\b',
);

/**
 * The "fils" of an old victim made the answer a child's (119): with the old person harmed
 * and no child named as a victim, the child line goes.
 */
export function elderNotChild(found: Set<Situation>, literal: string): void {
  if (found.has('child_violence') && gatedTest(ELDER_HARMED, literal) &&
    !gatedTest(CHILD_VICTIM, literal)) {
    found.delete('child_violence');
  }
}
