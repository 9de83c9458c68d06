/**
 * What a question is about, in the words of the service-public.fr titles, before the title
 * search (fiches.ts) weighs its words. Works on normalised text.
 */

/**
 * Set phrases whose words do not name the subject: "attestation sur l'honneur" is no
 * decoration, yet "honneur", rarer in the titles than "attestation", ranked the Légion
 * d'honneur first (tester, round 38). The phrase becomes one word no title has, which
 * weighs as the rarest: a title then covers the question only if it names it.
 */
const SET_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bsur (le |l )?honneur\b|\bsur lhonneur\b/g, ' surlhonneur '],
];

const CHILD = new RegExp('\\b(mineure?s?|fils|fille|filles|enfants?|ado|ados|adolescente?s?|'
  + 'gamine?s?|gosses?|petite? fils|petite? fille|niece|neveu|filleule?|(1[0-7]|[2-9]) ans)\\b');
const TRAVELS = new RegExp('\\b(part|partent|partir|pars|voyage|voyager|voyagent|sejour|'
  + 'colo|colonie|echange|vacances)\\b');
/** Abroad: where the authorisation is asked, at a border or the boarding gate. */
const ABROAD = new RegExp('\\b(etranger|hors de france|europe|espagne|angleterre|londres|'
  + 'royaume uni|irlande|ecosse|italie|allemagne|portugal|belgique|suisse|pays bas|grece|'
  + 'croatie|maroc|algerie|tunisie|senegal|turquie|usa|etats unis|canada|japon)\\b');
const PAPERS = new RegExp('\\b(papiers?|documents?|autorisation|formulaire|faut|pieces?|'
  + 'cerfa|quoi)\\b');
/** The authorisation named: "autorisation de sortie du territoire", "AST" for a child. */
const NAMED = new RegExp('\\b(autorisation|formulaire|attestation|papier|document)s? (de |d )?'
  + '(sortie|sorti) (du |de |de le |d )?(territoire|france)\\b');
const AST = /\bast\b/;

/** The authorisation a minor needs to leave France without a parent: its page's words. */
const MINOR_ABROAD = 'autorisation de sortie du territoire ast';

function minorLeavesFrance(normalized: string): boolean {
  const child = CHILD.test(normalized);
  return NAMED.test(normalized) || (child && AST.test(normalized)) || (child &&
    TRAVELS.test(normalized) && ABROAD.test(normalized) && PAPERS.test(normalized));
}

export function subjectOf(normalized: string): string {
  if (minorLeavesFrance(normalized)) {
    return MINOR_ABROAD;
  }

  return SET_PHRASES.reduce((text, [phrase, word]) => text.replace(phrase, word), normalized);
}
