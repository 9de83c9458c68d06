import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A writer asking which number a character of their own story would call ("dans mon roman
 * l'héroïne est séquestrée et appelle à l'aide, quel numéro elle utiliserait en vrai ?"):
 * the call for help is the character's, the question is about our numbers. Three proofs:
 * a work being written, a character in it, and a question about real life or the numbers.
 */
const WORK = rx('',
  '\\b(mon|ma|notre|un|une|le|la) (roman|nouvelle|livre|histoire|scenario|bd|bande dessinee|',
  'manga|fanfic|fanfiction|piece de theatre|piece|court metrage|film|serie|polar|thriller|',
  'jeu de role|recit|texte|chapitre|feuilleton)\\b',
);
const CHARACTER = rx('',
  '\\b(heroine|heros|personnage|personnages|perso|protagoniste|narrateur|narratrice|',
  'victime de mon|mon enqueteur|mon enqueteuse)\\b',
);
const REAL_LIFE_QUESTION = rx('',
  '\\b(en vrai|dans la realite|dans la vraie vie|en realite|realiste|realistement|',
  'quel numero|quels numeros|qui (elle|il) appelle(rait)?|(elle|il) (appellerait|contacterait|',
  'utiliserait|ferait)|(elle|il) (doit|devrait) appeler|comment ca se passe)\\b',
);
/** The writer's own danger told in the same message: then no story calms it. */
const WRITER_IN_DANGER = rx('',
  '\\b(je suis (enferme|enfermee|sequestre|sequestree|en danger|blesse|blessee|suivie?)|',
  '(me|m) (frappe|menace|enferme|sequestre|suit|tape|touche)|histoire vraie|',
  'ma propre histoire|ce qui me arrive|comme (le|la) (heroine|heros|personnage))\\b',
);

export function characterNumbersQuestion(text: string): boolean {
  return gatedTest(WORK, text) && gatedTest(CHARACTER, text) &&
    gatedTest(REAL_LIFE_QUESTION, text) &&
    !gatedTest(WRITER_IN_DANGER, text);
}
