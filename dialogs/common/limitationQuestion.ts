/**
 * "prescrit ?", "c'est prescrit ?", "il y a prescription ?", "est-il trop tard pour porter
 * plainte ?": the time limit asked about (t65: never answered, and "prescrit ?" at
 * « Êtes-vous en sécurité ? » was read as danger). "le délai pour porter plainte ?" keeps
 * the complaint FAQ, which says the delays depend on the offence. On normalised words.
 */
const LIMITATION = new RegExp('\\b(?:prescrit|prescrits|prescrite|prescrites|prescription|'
  + 'prescriptions|delai de prescription|delais de prescription|'
  + 'trop tard pour (?:porter |deposer )?plainte)\\b');

/** Medicine prescribed is no time limit: "mon médecin m'a prescrit des antibiotiques". */
const MEDICAL = /\b(?:medecin|medicament|medicaments|ordonnance|traitement|pharmacie|docteur)\b/;

export function asksAboutLimitation(words: string): boolean {
  return LIMITATION.test(words) && !MEDICAL.test(words);
}
