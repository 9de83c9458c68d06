import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A relative kidnapped or held, often abroad and told from afar: "mon gars est au Vietnam, il
 * a envoyé un SMS, il a été enlevé", "ma fille a été enlevée hier au Mexique, on demande une
 * rançon". A kidnapping lasts until the release, so a "hier" does not calm it (`always`);
 * the numbers are the violence's, 112 first when the place is abroad (triage-far-kin.ts).
 * What else is "enlevé" (a car towed, a tooth, a plaster, a post removed) names the thing;
 * a release names the end.
 */
const TAKEN = '(enleve|enlevee|enleves|enlevees|kidnappe|kidnappee|kidnappes|rapte|raptee|' +
  'pris en otage|prise en otage|retenu en otage|retenue en otage|otage|sequestre|sequestree|' +
  'retenu contre son gre|retenue contre son gre|detenu par|detenue par)';

const KIN_TAKEN = rx('',
  '\\b(mon|ma|mes|notre|nos) (fils|fille|enfant|enfants|mari|femme|frere|soeur|pere|mere|',
  'copain|copine|ami|amie|cousin|cousine|neveu|niece|compagnon|compagne|petit fils|',
  'petite fille|gars|garcon|ado|gamin|gamine|bebe)\\b.*\\b(a ete|ont ete|est|sont|se est fait|',
  'se sont fait|vient de etre|',
  `viennent de etre|aurait ete) ${TAKEN}\\b|\\b(se est|se sont) (fait|faits|faite) `,
  '(enlever|kidnapper|sequestrer|prendre en otage)\\b',
);

const NOT_A_PERSON = rx('',
  '\\b(voiture|vehicule|scooter|moto|fourriere|dent|dents|platre|points|poste|compte|contenu|',
  'video|photo|publication|annonce|permis|garde|tatouage|appareil|sterilet|calcul|',
  'libere|liberee|liberes|relache|relachee|relaches|retrouve|retrouvee|rentre|rentree|',
  'film|serie|roman|jeu|reportage)\\b',
);

export const NET_KIN_ABDUCTED: readonly NetFamily[] = [
  {
    id: 'net-kin-abducted',
    situation: 'violence',
    always: true,
    patterns: [KIN_TAKEN],
    unless: NOT_A_PERSON,
  },
];
