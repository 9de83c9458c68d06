import { rx } from './triage-words';

/**
 * "le mois dernier j'ai eu un accident avec des blessés, maintenant l'autre conducteur
 * refuse de signer le constat": that "maintenant" dates the paperwork (a form refused, an
 * insurer who stalls), not the accident. Removed before the "now" markers are read.
 */
const NOW_WORD = '(maintenant|aujourd hui|mtn|et la|depuis)';
const PARTY = '(le |la |les |l |mon |ma |son |sa |leur )?(autre conducteur|autre conductrice|' +
  'autre partie|tiers|assurance|assureur|assurances|expert|garage|garagiste|loueur|' +
  'proprietaire|responsable|chauffard|conducteur|conductrice|mutuelle|banque|avocat|il|elle|ils)';
const STALLS = '(refuse|refusent|ne veut (pas|plus)|veut (pas|plus)|conteste|contestent|' +
  'nie|nient|demande|demandent|reclame|reclament|exige|exigent|traine|trainent|' +
  'ne repond (pas|plus)|repond (pas|plus)|bloque|bloquent)';
const PAPERS = '(signer|remplir|payer|rembourser|indemniser|le constat|constat|la facture|' +
  'les frais|les reparations|la franchise|le dossier|sa responsabilite|les torts|' +
  'une expertise|un devis|des papiers|les papiers)';

export const PAPERWORK_NOW = rx('g',
  `\\b${NOW_WORD} ${PARTY} ${STALLS}( de| a)?( [a-z]+){0,2} ${PAPERS}\\b`,
);
