import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A threat told as what happens each time ("mon voisin me menace dès que je sors, il m'a dit
 * qu'il allait me faire la peau", "il me menace quand je sors les poubelles"): harassment
 * to file and the harassment answer, not a patrol now. It needs the habit ("dès que je
 * sors", "à chaque fois", "depuis des semaines") and the threat itself; the caller
 * (triage-calm-reported.ts) has already checked that nobody is there now ("il est devant
 * chez moi", "en bas", "en ce moment"). A weapon, blows or a fear that keeps the writer
 * shut in keep the alarm.
 */
const HABIT = rx('',
  '\\b((des|quand|chaque fois|a chaque fois|toutes les fois) (que |qu )?(je|on) (sors|sort|',
  'passe|rentre|croise|le croise|la croise|le vois|la vois|descends|descend|vais|sortons|',
  'passons)|tous les (jours|matins|soirs)|chaque (jour|matin|soir)|depuis (des|plusieurs|',
  'quelques|deux|trois|\\d+) (semaines|mois|jours)|sans arret|tout le temps|souvent)\\b',
);
const THREAT = rx('',
  '\\b((me|m|nous) (menace|menacent)|(me|m|nous) (a|ont) (dit|promis|jure|crie) que ',
  '(il|elle|ils) (allait|allaient|va|vont)|(me|m|nous) (dit|crie|promet) que (il|elle|ils) ',
  '(va|vont))\\b',
);
const STILL_DANGEROUS = rx('',
  '\\b(couteau|arme|fusil|carabine|pistolet|hache|machette|batte|flingue|frappe|tape|cogne|',
  'blesse|blessee|sang|enferme|enfermee|cache|cachee|ose plus sortir|peux plus sortir)\\b',
);

export function habitualThreatReported(text: string): boolean {
  return gatedTest(HABIT, text) && gatedTest(THREAT, text) && !gatedTest(STILL_DANGEROUS, text);
}
