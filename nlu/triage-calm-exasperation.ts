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

/**
 * "je suis au bout de ma vie avec ce site qui plante", "j'en peux plus de vivre avec cette
 * administration": weariness said of a thing (a website, a form, a procedure, an office),
 * no suicide alarm. The thing must be blamed (with it, or its bug, its delay, its silence);
 * the same words alone, or with a plan, a means or tonight, stay the 3114.
 */
const WORN_OUT = rx('',
  '\\b(au bout de ma vie|au bout du rouleau|(en )?(peux|peu|peut) (plus|pu) de vivre|',
  'plus de vivre (ca|ce))\\b',
);
const THING = '(administration|administrations|administratif|administrative|bureaucratie|' +
  'paperasse|paperasserie|caf|secu|securite sociale|cpam|mutuelle|impots|prefecture|mairie|' +
  'ants|urssaf|pole emploi|france travail|banque|assurance|site|sites|appli|application|' +
  'logiciel|bug|bugs|beug|ordi|imprimante|formulaire|formulaires|dossier|demarche|demarches|' +
  'procedure|procedures|declaration|box|operateur|sncf|colis|service client|plateforme|' +
  'notaire|justificatif|justificatifs|carte grise|titre de sejour|passeport|rdv|rendez vous|' +
  'mot de passe|connexion|serveur|mise a jour|teleservice|guichet)';
const THING_BLAMED = rx('',
  '\\bavec( (ce|cet|cette|ces|la|le|les|l|mon|ma|mes|leur|leurs|son|sa|ses|votre|vos))?',
  `( [a-z]+)? ${THING}\\b|`,
  `\\b${THING}\\b( [a-z0-9]+){0,6} (plante|plantent|bug|bugue|beug|marche (pas|plus|jamais)|`,
  'fonctionne (pas|plus)|repond (pas|plus|jamais)|me deconnecte|toujours pas|encore|',
  'me (rend|rendent|met|mettent)|depuis|fois|mois|semaines)\\b|',
  `\\b(plante|bug|marche pas|fois que|encore)\\b( [a-z0-9]+){0,6} ${THING}\\b`,
);
/** A plan, a means, tonight, a farewell: the weariness is the writer's life, not a form's. */
const OWN_END = rx('',
  '\\b(ce soir|cette nuit|en finir|finir|mourir|me tuer|suicid[a-z]*|disparaitre|corde|',
  'pendre|cachets|medicaments|comprimes|pilules|sauter|pont|veines|lame|couteau|arme|fusil|',
  'adieu|lettre|plus vivre|envie de vivre|plus la force|tout arreter|dormir pour toujours)\\b',
);

/** The cheap gate: "au bout" or "vivre" is in few messages. */
const WORN_WORD = /\b(bout|vivre)\b/;

export function wornOutByAThing(text: string): boolean {
  return gatedTest(WORN_WORD, text) && gatedTest(WORN_OUT, text) &&
    gatedTest(THING_BLAMED, text) && !gatedTest(OWN_END, text) && !gatedTest(PERSON_DANGER, text);
}
