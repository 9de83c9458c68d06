import { isKindOfFacts, isNoAnswer } from './noAnswer';
import { Parsed, failed, parsed } from './parsed';
import { UNKNOWN, answerWords, parseYesNo } from './yesNo';

/**
 * Words that speak of a danger still there, whatever else the reply says: "bah un peu il
 * est encore dans le coin", "non il est encore là", "un vol avec un couteau".
 */
const DANGER_NOW = new RegExp('\\b(?:encore|toujours|revenir|revient|revienne|reviens|peur|' +
  'danger|menace|menacer|menacee|dehors|frappe|frapper|tape|taper|couteau|arme|armes|' +
  'tuer|tue|aide|aidez|aider|secours|sos|help|vite|devant|suit|suivi|suivie|blesse|blessee|' +
  'sang|urgence|urgent|violence|violences|violent|agression|agresse|agressee|arrache|' +
  'braquage|braque|cache|cachee|enferme|enfermee|il est la|elle est la|ils sont la|ici)\\b');

/** A yes said in a sentence: "je crois que oui", "bah un peu oui". */
const YES_WORD = /\b(?:oui|ouais|ouai|ui|voui)\b/;

/** A doubt: "je sais pas", "jsp", "je crois pas trop", "peut-être". */
const DOUBT = /\b(?:sais|sai|sait|jsp|chais|chai|idee|peut etre|ptet|pt etre|pas sur|pas sure)\b/;

/**
 * At "êtes-vous en danger… ?" a clear no goes on and a clear yes, or a reply that speaks of
 * a danger still there, is one ("je crois que oui", "il est encore dans le coin": asking a
 * frightened citizen to rephrase loses the one question made to catch danger, a tester's
 * F9). Anything else ("hier", "Bordeaux", "🙂") used to be taken as a yes too, queueing the
 * citizen as an emergency and parking the form: it is asked again with its choices, a
 * doubt with the advice to call the 17 first. A second reply that still answers nothing is
 * read as danger (UnclearOncePrompt).
 */
export function parseDangerYesNo(text: string): Parsed<boolean> {
  if (isKindOfFacts(text)) {
    return failed('prompts/errors.danger_facts');
  }
  if (isNoAnswer(text)) {
    return failed('prompts/errors.danger_unclear');
  }

  const words = answerWords(text);
  if (DANGER_NOW.test(words)) {
    return parsed(true);
  }
  const answer = parseYesNo(text);
  if (answer.ok) {
    return answer;
  }

  if (UNKNOWN.test(words) || DOUBT.test(words)) {
    return failed('prompts/errors.danger_unsure');
  }
  return YES_WORD.test(words) ? parsed(true) : failed('prompts/errors.danger_unclear');
}
