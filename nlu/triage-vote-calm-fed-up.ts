import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "je suis à bout avec ma coloc, elle fait jamais la vaisselle" (blind94: the learned vote
 * alarmed 15, 17, 18): "à bout" said of a person or of everyday things is exasperation, not
 * despair. The vote, which knows words, leaves it to the rules; "je suis à bout, je veux en
 * finir" keeps the 3114 through them, and a danger or a word of ending beside the grievance
 * gives the vote back its say.
 */
const FED_UP_WITH = rx('',
  '\\b(je suis|jsuis|chui|suis|on est|nous sommes|je commence a etre|je deviens|il est|',
  'elle est|ils sont|je en ai|jen ai)',
  '( vraiment| completement| totalement| tellement| trop| grave| carrement)?',
  ' (a bout|au bout du rouleau|a bout de nerfs|a bout de patience|a cran|excedee?|saoulee?|',
  'ras le bol|marre|plein le dos|plein le cul) (avec|avc|de|a cause de|par)',
  ' (ma|mon|mes|le|la|les|notre|nos|cette|ce|ces|son|sa|ses|leur|leurs) [a-z]+|',
  '\\b(je en peux plus|jen peux plus|je peux plus|jpeux plus|chui plus) (de|avec|avc) ',
  '(ma|mon|mes|notre|nos|cette|ce|ces) (coloc|colocataire|colocs|voisin|voisine|voisins|',
  'belle mere|beau pere|soeur|frere|mari|femme|copain|copine|mec|meuf|chef|patron|patronne|',
  'collegue|collegues|gosses|enfants|ado|ados|fils|fille|proprio|proprietaire)\\b',
);

/** A danger, a word of ending one's life, a body in trouble: the vote keeps its say. */
const DANGER_BESIDE = rx('',
  '\\b(frappe|frappent|tape|tapent|cogne|tabasse|bat|coups|couteau|arme|menace|menacee|tuer|',
  'tue|sang|saigne|blesse|blessee|viole|violee|etrangle|enferme|enfermee|suicid[a-z]*|',
  'en finir|mourir|mort|morte|vivre|vie|disparaitre|partir pour de bon|cachets|medicaments|',
  'corde|pendre|sauter|veines|feu|fumee|gaz|inconscient|inconsciente|malaise|respire|',
  'au secours|aidez|peur)\\b',
);

export function fedUpOnly(normalized: string): boolean {
  return gatedTest(FED_UP_WITH, normalized) && !gatedTest(DANGER_BESIDE, normalized);
}
