import { rx } from './triage-words';

/**
 * "aidez-moi, mon devoir de physique c'est demain": a plea for help with schoolwork. It
 * calms every rule, the call for help included, so nothing in the message may say a person
 * harms, threatens or frightens the writer ("aidez-moi, mon prof de physique me touche").
 */
const HOMEWORK_PLEA = rx('',
  '\\b(au secours|a le aide|help|sos|aidez moi|aide moi|aidez nous)\\b( [a-z0-9]+){0,6} ',
  '(devoir|devoirs|dm|expose|exposes|controle|interro|interrogation|revisions|reviser|',
  'exercice|exercices|dissertation|dissert|commentaire de texte|redaction|memoire|',
  'these|oral|partiel|partiels|examen|exam|bac|brevet|equation|equations|probleme de maths|',
  'fiche de lecture|conjugaison|grammaire|version latine)\\b',
);
const PERSON_HARM = rx('',
  '\\b(touche|touchee|enferme|enfermee|frappe|frappee|tape|tapee|menace|menacee|suit|suivie|',
  'harcele|harcelee|agresse|agressee|viole|violee|force|forcee|bat|battu|battue|insulte|',
  'peur|couteau|arme|sang|saigne|blesse|blessee|tuer|mourir|suicide|suicider|en finir|',
  'disparu|disparue|feu|fumee|malaise|respire|inconscient|inconsciente|me a|ma|me ont|',
  'attend devant|dehors|chez moi)\\b',
);

export function homeworkPlea(text: string): boolean {
  return HOMEWORK_PLEA.test(text) && !PERSON_HARM.test(text);
}
