import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A relative with dementia gone from home, told as a story ("en rentrant la porte était
 * ouverte, elle est partie il y a deux heures, on a fait tout le quartier") and ending in
 * the present: "on ne la trouve pas", "la nuit tombe". The past of the departure, or of an
 * earlier wandering ("elle s'est déjà perdue l'an dernier"), must not calm a person still
 * missing now: a search for the gendarmes, 17 first.
 */
export const FRAIL = rx('',
  '\\b(alzheimer|alzeimer|alzheimers|demence|dement|demente|desoriente|desorientee|senile|',
  'troubles de la memoire|troubles cognitifs|perd la tete|perdu la tete|perd la boule|',
  'perd la memoire|handicape mental|handicapee mentale|deficient mental|deficiente mentale|',
  'autiste|parkinson|confus|confuse)\\b',
);

/** Still not found, told in the present. */
const UNFOUND = rx('',
  '\\b(on|je|nous|personne) (ne )?(la|le|les|l) ?(trouve|retrouve|trouvons|retrouvons|voit) ',
  // "on ne la trouve pas bien" is how she seems, not where she is
  '(pas|toujours pas|nulle part|plus)\\b(?! (bien|en forme|la meme|le meme|comme|tres|si|',
  'aussi|normal|normale|pareil|pareille|changee|change|mieux|drole|belle|beau))|',
  '\\b(on|je|nous|personne) (ne )?(la|le|les) a (toujours |encore )?(pas|jamais|rien) ',
  '(trouve|trouvee|retrouve|retrouvee|vu|vue)\\b|',
  '\\b(toujours|est toujours|ne est toujours|est) pas (rentre|rentree|revenu|revenue|',
  'reapparu|reapparue)\\b|\\b(toujours|encore) introuvable\\b|',
  '\\b(on|je|nous) (la|le|les) (cherche|cherchons) (toujours|encore|partout|depuis)\\b|',
  '\\baucune (trace|nouvelle) de (lui|elle)\\b|',
  '\\bpersonne ne (la|le|les) ?(trouve|retrouve|voit|a vu)\\b',
);

/** Found again, back home, or only a question for later. */
const BACK = rx('',
  '\\b(on|je|nous|ils|elle|il|la police|les gendarmes|un voisin|une voisine|quelqu un) ',
  '(le|la|les) a (retrouve|retrouvee|retrouves|ramene|ramenee|ramenes)\\b|',
  '\\b(il|elle|ils) (est|sont) (rentre|rentree|rentres|revenu|revenue|revenus|de retour)\\b|',
  '\\b(retrouve|retrouvee) (sain|saine|chez|dans|a le|au|vivant|vivante)\\b|',
  '\\b(bracelet|balise|traceur|si un jour|au cas ou|comment eviter)\\b',
);

export const NET_WANDERER_UNFOUND: readonly NetFamily[] = [
  {
    id: 'net-wanderer-unfound',
    situation: 'missing_person',
    always: true,
    patterns: [UNFOUND],
    requires: FRAIL,
    unless: BACK,
  },
];
