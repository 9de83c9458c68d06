/**
 * A deceased relative's car or papers (round 27). The model reads them as lost papers, whose
 * procedure then asked where they were lost and answered with a duplicate; what the family
 * needs is that nothing is declared at the gendarmerie, and where a carte grise changes hands.
 */

/** Every message passes here: one of these must be in it before any regex runs. */
const DEATH_GATE = ['dece', 'mort', 'defunt', 'quitte', 'herit', 'succession'];

/** A person deceased, not a death in a story ("l'accident a fait un mort" names none). */
const DEATH = new RegExp('\\b(?:decedee?s?|deceder|deces|defunte?s?|(?:est|sont) morte?s?|'
  + 'nous a quittee?s?|nous ont quittes|heritage|herite|heriter|heritons|heritez|'
  + 'succession)\\b');

/** The papers themselves; a hunting or building permit is no driving licence. */
const PAPERS = new RegExp('\\b(?:carte grise|immatricul\\w*|permis(?! de (?:chass|constr|port))|'
  + 'carte (?:nationale )?(?:de |d )?identite|cni|passeport|titre de sejour)\\b');

/** A vehicle named with what is done with its papers ("à son nom", "la vendre"). */
const VEHICLE = /\b(?:voitures?|vehicules?|auto|moto|scooter|camping car|camion\w*|utilitaire)\b/;
const PAPERWORK = new RegExp('\\b(?:a (?:son|mon|notre|leur|votre) nom|au nom|titulaire|vendre|'
  + 'revendre|ceder|garder|papiers|demarches?|changer|changement|declar\\w*|signaler|'
  + 'prefecture)\\b');

/**
 * Weapons keep the firearms answer; an accident, a driver or a complaint is a story whose
 * grief no carte grise answers; a flat battery is no death.
 */
const OTHER_CASE = new RegExp('\\b(?:armes?|fusils?|carabines?|pistolets?|revolvers?|'
  + 'munitions?|accident|chauffard|renverse|percute|tue|plainte|enquete|assassine|'
  + '(?:batterie|pile|moteur|telephone|portable)s? (?:est|sont) morte?s?)\\b');

/** "mon père est décédé, que faire de sa carte grise", "héritage voiture papa carte grise". */
export function asksAboutDeceasedPapers(words: string): boolean {
  if (!DEATH_GATE.some((stem) => words.includes(stem))) {
    return false;
  }

  const papers = PAPERS.test(words) || (VEHICLE.test(words) && PAPERWORK.test(words));
  return papers && DEATH.test(words) && !OTHER_CASE.test(words);
}
