import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "au secours" or "à l'aide" cried at an institution, a form, a bug or homework: the
 * writer is exasperated, not in danger. Both parts are needed: the cry next to the thing,
 * and the thing blamed for the writer's temper or time; a person's danger voids it.
 */
const CRY_AT_THING = rx('',
  '\\b(au secours|a le aide|help|sos|a moi)( [a-z]+){0,3} (cette|cet|ce|ces|les|la|le|mon|ma|',
  'mes|leur|votre|vos)( [a-z]+)? (administration|administrations|bureaucratie|paperasse|',
  'paperasserie|caf|secu|securite sociale|mutuelle|impots|prefecture|mairie|ants|urssaf|',
  'pole emploi|france travail|banque|assurance|site|appli|application|logiciel|bug|bugs|',
  'ordi|imprimante|formulaire|formulaires|dossier|demarches|devoirs|exercices|maths|',
  'compta|declaration|box|operateur|sncf|poste|colis|service client|plateforme)\\b',
);
const BLAMED = rx('',
  '\\b(me rend|me rendent|va me rendre|vont me rendre) (fou|folle|dingue|dingo|chevre|malade)|',
  'me (saoule|saoulent|gave|gavent|gonfle|gonflent|epuise|epuisent|desespere|desesperent)|',
  'je (en )?peux plus de|ras le bol|marre|pour (valider|traiter|obtenir|recevoir|avoir)|',
  '(semaines|mois|jours|heures) (pour|que|a attendre|de attente)|toujours pas|',
  'bug|plante|rien ne marche|ca marche pas|impossible de (valider|me connecter|payer)\\b',
);
const PERSON_DANGER = rx('',
  '\\b(frappe|frappent|tape|cogne|tabasse|couteau|arme|menace|tuer|sang|saigne|blesse|',
  'viole|etrangle|suicid[a-z]*|en finir|mourir|feu|fumee|gaz|inconscient|malaise|',
  'respire|enferme|poursuit|suit|chez moi un)\\b',
);

export function exasperatedCry(text: string): boolean {
  return gatedTest(CRY_AT_THING, text) && gatedTest(BLAMED, text) &&
    !gatedTest(PERSON_DANGER, text);
}
