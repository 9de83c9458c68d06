import { gatedTest } from './regex-gate';
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
/** Someone who harms, threatens or frightens; a body in danger. */
const HARM_WORDS = 'touche|touchee|enferme|enfermee|frappe|frappee|tape|tapee|menace|menacee|' +
  'suit|suivie|harcele|harcelee|agresse|agressee|viole|violee|force|forcee|bat|battu|battue|' +
  'insulte|peur|couteau|arme|sang|saigne|blesse|blessee|tuer|mourir|suicide|suicider|' +
  'en finir|disparu|disparue|feu|fumee|malaise|respire|inconscient|inconsciente';
const PERSON_HARM = rx('', `\\b(${HARM_WORDS}|me a|ma|me ont|attend devant|dehors|chez moi)\\b`);

/** Beside an exam: a danger to anyone, despair, a means, someone waiting outside. */
const EXAM_DANGER = rx('', `\\b(${HARM_WORDS}|`,
  'me pendre|cachets|medicaments|comprimes|corde|sauter|veines|incendie|tombe|tombee|',
  'accident|frapper|cogne|attend devant|attend dehors|chez moi|dans la maison|entre|entres|',
  'reveille|reveiller|bouge plus|bouge pas)\\b',
);

export function homeworkPlea(text: string): boolean {
  return gatedTest(HOMEWORK_PLEA, text) && !gatedTest(PERSON_HARM, text);
}

/**
 * "au secours j'ai le code demain", "sos partiel lundi, rien révisé": a cry about an exam
 * ahead (the highway code, the driving test, the bac, a partiel, an oral). Spelt as typed
 * ("au secour", "a laide", "help"); the exam and its date or the revision not done must
 * both be there, and a danger named beside them keeps the alarm.
 */
const EXAM_CRY = rx('',
  '\\b(au secours|au secour|ausecours|ausecour|a le aide|a laide|help|sos|aidez moi|aide moi|',
  'aidez nous)\\b',
);
const EXAM = rx('',
  '\\b(code|code de la route|permis|conduite|examen|examens|exam|exams|bac|partiel|partiels|',
  'oral|orale|epreuve|epreuves|concours|controle|soutenance|brevet|interro|qcm|ds|bts|cap|',
  'rattrapage|evaluation|revisions|reviser|revise)\\b',
);
const AHEAD = rx('',
  '\\b(demain|apres demain|ce matin|cet aprem|cette aprem|cet apres midi|tout a le heure|',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine|bientot|',
  'dans (\\d+|deux|trois|quatre|cinq|quelques) ?(h|heures|jours|semaines)|commencent|',
  '(rien|pas|jamais) (revise|revisee|reviser|fait|foutu|bosse|compris)|pas (pret|prete|prets))\\b',
);
/** Fear of failing is the exam's; any other fear, blow, fire or despair is a danger. */
const FEAR_OF_FAILING = rx('g',
  '\\bpeur de (le |la |les |l )?(rater|louper|foirer|echouer|caler|pas (le |la )?avoir)\\b',
);

/** The cheap gate: most messages cry for no help at all. */
const CRY_WORD = /\b(secours?|aidez?|laide|sos|help|ausecours?)\b/;

export function examPlea(text: string): boolean {
  if (!gatedTest(CRY_WORD, text) || !gatedTest(EXAM_CRY, text) || !gatedTest(EXAM, text) ||
    !gatedTest(AHEAD, text)) {
    return false;
  }

  const rest = text.replace(FEAR_OF_FAILING, ' ');
  return !gatedTest(EXAM_DANGER, rest);
}
