import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Je vais en finir avec mes dossiers ce soir": the end of a chore, a file or a series,
 * which the suicide rules read as "en finir". Only when the thing is named right after it
 * and no despair, death or life word is anywhere in the message ("en finir avec mes dossiers
 * et avec ma vie" keeps the alarm).
 */
const CHORE = rx('',
  '\\ben (finir|finis|finit|finirai|terminer) (avec|de) (mes|les|ce|ces|cette|cet|mon|ma|le|la|',
  'nos|tous (ces|mes|les)|toutes (ces|mes|les)|toute cette|tout ce|ce fichu|cette fichue) ',
  '(dossiers?|devoirs?|paperasse|papiers|cartons?|menage|repassage|lessive|vaisselle|',
  'travaux|chantier|demenagement|taches|corvees?|rapport|rapports|memoire|these|revisions|',
  'declaration|impots|factures|mails|courriers|formalites|demarches|procedure|plainte|litige|',
  'serie|saison|livre|roman|jeu|niveau|boss|puzzle|projet|tableau|exercices?|copies|',
  'inventaire|compta|comptabilite|bilan|peinture|jardin|pelouse|haie|tonte|cours|examens?|',
  'partiels?|semestre|stage|formation|contrat|abonnement|credit|pret)\\b',
);

const DESPAIR = rx('',
  '\\b(mourir|crever|vie|vivre|suicide|suicider|suicidaire|tuer|pendre|adieu|plus la force|',
  'en peux plus|plus envie|disparaitre|sauter|medicaments|cachets|avec moi|avec tout|',
  'la fin pour moi|plus de sens|personne)\\b',
);

export function choreToFinish(text: string): boolean {
  return gatedTest(CHORE, text) && !gatedTest(DESPAIR, text);
}
