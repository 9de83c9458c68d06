import { gatedTest } from './regex-gate';
import type { NetFamily } from './triage-net-families';
import { rx, type Situation } from './triage-words';

/**
 * Someone in trouble in the water, seen from the shore and told by its signs rather than by
 * "se noie": a head going under, arms waving, a swimmer who cannot make it back, "on le voit
 * plus, il a coulé". The sea rescue first at the sea or with no place named; a lake, a river
 * or a pool keep the drowning numbers (inlandOnly drops the 196 there).
 */
const DISTRESS = rx('',
  '\\b((sa|la|leur|ta) tete (passe|repasse|disparait|part|retombe|replonge|se enfonce|va|',
  'coule|plonge) sous|(sa|la) tete (disparait|remonte (plus|pas)|ne remonte|se enfonce|coule)|',
  '(on voit|je vois|jvois) (juste|que|seulement|plus que) (ses|sa|son) (bras|main|mains|tete)|',
  '(est|sont|a ete|se est fait|se fait) (emporte|emportee|emportes|emporter)',
  '(?! par (la|le) (police|vent))|',
  '(disparu|disparue|disparait|disparaissent|passe|passee|coule|coulee|se enfonce|enfonce) ',
  'sous (le eau|la surface|les vagues|une vague)|',
  '(arrive|arrivent|reussit|reussi|parvient|parviens|peut|peuvent|arrivait) (plus|pas) a ',
  '(revenir|rentrer|regagner|rejoindre|remonter|sortir|garder la tete|nager jusque|ramener)|',
  '(on|je|nous|jvois|jvoi) (le|la|les) (voit|vois|voyons|voi) plus|',
  '(jvois|jvoi|je vois|je voi|on voit) plus (mon|ma|le|la|sa|son)|',
  '(il|elle|il a|elle a|qui) coule|(il|elle|qui) (remonte|refait surface) (pas|plus)|',
  '(se debat|se debattent|se debattait)|',
  '(agite|agitent|leve|levent) (les|ses|leurs) bras|(grands|grand) (gestes|signes)|',
  '(appelle|appellent|crie|crient|hurle) (a le aide|au secours)|',
  '(emporte|emportee|emportes|emporter) par (le|la|les|une|un) (courant|baine|vague|vagues|',
  'remous|contre courant))\\b',
);

/** In the water, or on the shore looking at it. */
const WATER = rx('',
  '\\b(mer|ocean|plage|vagues?|au large|au loin|loin du bord|bord|rive|berge|lac|riviere|',
  'etang|piscine|canal|fleuve|baignade|baigner|baigne|nager|nage|nageur|nageuse|baigneur|',
  'baigneuse|eau|courant|baine|bassin|grand bain|plonge|plonger|kayakiste|surfeur|surfeuse)\\b',
);

/** The sea, or a bather with no place named: the 196 leads. */
const SEA_SIDE = rx('',
  '\\b(mer|ocean|plage|vagues?|au large|au loin|loin du bord|baine|nageur|nageuse|baigneur|',
  'baigneuse|surfeur|surfeuse|calanque|crique|digue|jetee)\\b',
);

/** A wave hello, a game, a lesson, a thing sunk, a film: nobody in danger. */
const CALM_WATER = rx('',
  '\\b(coucou|bonjour|salut|salue|saluer|au revoir|contente?|rigole|rigolent|pour rire|',
  'pour jouer|joue|jouent|photo|danse|apprend|apprendre|cours de natation|lecon|exercice|',
  'entrainement|course|competition|film|serie|video|reve|cauchemar|dauphin|chien|chat|',
  'ballon|telephone|portable|cles|lunettes|montre|bouee|jouet|doudou|bouteille|sac)\\b',
);

/** The sea itself named: the sea rescue alone, as the sea family answers (196, 112, 18). */
const AT_SEA = rx('',
  '\\b(mer|ocean|plage|vagues?|au large|baine|calanque|crique|digue|jetee)\\b',
);

const family = (id: string, situation: Situation, requires: RegExp,
  unless: RegExp): NetFamily => ({ id, situation, patterns: [DISTRESS], requires, unless });

export const NET_SWIMMER: readonly NetFamily[] = [
  family('net-swimmer-struggling', 'drowning', WATER,
    new RegExp(`${CALM_WATER.source}|${AT_SEA.source}`)),
  family('net-swimmer-at-sea', 'sea', SEA_SIDE, CALM_WATER),
];

/** Screams from the water are a rescue, not an assault: what leads when nothing hurts. */
const BLOWS_OR_WEAPON = rx('',
  '\\b(frappe|frappent|tape|tapent|cogne|agresse|agression|couteau|arme|flingue|pistolet|',
  'viol|viole|battre|bagarre|coups|tabasse|pousse|menace)\\b',
);

/** When someone struggles in the water, an alarm raised by "à l'aide" alone is the rescue's. */
export function waterRescueLeads(found: Set<Situation>, literal: string): void {
  if (!found.has('sea') && !found.has('drowning')) {
    return;
  }

  if (!gatedTest(DISTRESS, literal) || !gatedTest(WATER, literal) ||
    gatedTest(BLOWS_OR_WEAPON, literal)) {
    return;
  }

  found.delete('violence');
  found.delete('intrusion');
}
