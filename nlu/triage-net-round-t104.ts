import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Round t104's net families. A strangling just done, the attacker coming back ("il m'a
 * étranglée tout à l'heure et il revient"): the perfect tense only says what he did, the
 * return is now (17). Someone gone while swimming ("ma fille a disparu en nageant près des
 * bouées"): a drowning, not a runaway; the sea rescue first by the sea or its buoys, the
 * drowning numbers (18) inland (inlandOnly drops the 196 by a lake or a river).
 */
const STRANGLED = '(etrangle|etranglee|etrangler|etrangles|etranglees|serre le cou|' +
  'serre la gorge|pris a la gorge|pris par le cou|essaye de me etrangler|tente de me etrangler)';
const COMING_BACK = '(revient|reviennent|va revenir|vont revenir|est revenu|sont revenus|' +
  'revient vers moi|remonte|rentre|arrive|est la|est encore la|est toujours la|recommence|' +
  'frappe a la porte|tape a la porte|essaie de entrer|veut entrer|me cherche)';

const GONE = '(disparu|disparue|disparus|disparues|plus la|introuvable|introuvables|' +
  '(le|la|les) (vois|voit|voyons|trouve|trouvons|retrouve|retrouvons) (plus|pas)|' +
  '(est|sont) (pas|plus) (revenu|revenue|revenus|remonte|remontee|ressorti|ressortie))';
const SWIMMING = '(en (nageant|se baignant|train de (nager|se baigner))|pendant (la|sa|leur) ' +
  'baignade|a la baignade|dans le eau|dans les vagues|en faisant du (paddle|kayak|snorkeling|' +
  'surf))';
const SWIMMING_FIRST = '(nageait|se baignait|se baignaient|nageaient|partie? (nager|se baigner|' +
  'a le eau)|allee? (nager|se baigner)|etait dans le eau|etaient dans le eau)';
/** The sea, or the buoys that mark a bathing area: the 196 leads. */
const SEA = rx('',
  '\\b(mer|ocean|plage|vagues?|au large|bouees?|baine|calanque|crique|digue|jetee|',
  'poste de secours|maitre nageur|maitres nageurs)\\b',
);
const NOT_IN_WATER = rx('',
  '\\b(reve|cauchemar|film|serie|jeu|poisson|chien|chat|jouet|ballon|bouee gonflable|',
  'telephone|portable|bague|alliance|montre|lunettes|cles|retrouvee? (saine|sain|vivante?)|',
  'on (le|la) a retrouvee?|va bien)\\b',
);

const gone = [
  rx('', `\\b${GONE}( [a-z]+){0,4}? ${SWIMMING}\\b`),
  rx('', `\\b${SWIMMING_FIRST}( [a-z]+){0,8}? ${GONE}\\b`),
];

export const NET_ROUND_T104: readonly NetFamily[] = [
  {
    id: 'net-strangled-coming-back',
    situation: 'violence',
    patterns: [
      rx('', `\\b(il|elle|ils|on|mon (mari|copain|ex|compagnon|conjoint|pere|frere)) `,
        // "il ma étrangler": m'a glued, as it is often typed
        `((me |m |nous )?(a|ont|vient de|viennent de)|ma) (essaye de |tente de |voulu )?`,
        `(me |m )?${STRANGLED}\\b( [a-z0-9]+){0,6}? (et|mais|la|maintenant)( la)? `,
        `(il|elle|ils)? ?${COMING_BACK}\\b`),
    ],
    unless: rx('', '\\b(film|serie|roman|reve|cauchemar|jeu|en prison|au tribunal|proces)\\b'),
  },
  { id: 'net-gone-swimming', situation: 'drowning', patterns: gone, unless: NOT_IN_WATER },
  {
    id: 'net-gone-swimming-at-sea', situation: 'sea', patterns: gone, requires: SEA,
    unless: NOT_IN_WATER,
  },
];
