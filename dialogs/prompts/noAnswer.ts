import { asksAboutLimitation } from '../common/limitationQuestion';
import { foldWords } from './normalize';

/**
 * A thank-you or an "ok" said to the message before a question ("ok mrc 👍", "d'accord",
 * "ça marche"): no answer to it (tester13's F2).
 */
const ACKNOWLEDGEMENT = new RegExp('^(?:(?:ah |ah bon |bon )?(?:ok|okay|oki|okey|d accord|' +
  'daccord|dac|ca marche|entendu|compris|bien compris|je comprends|bien recu|note|super|' +
  'parfait|cool|top|merci|mrc|mci|thx|thanks)(?: (?:ok|d accord|merci|mrc|beaucoup|bien|' +
  'a vous|pour l info|pour votre aide|svp|stp))*)$');

/** How a question about something else starts: "c quoi le 3919", "comment ça marche ?". */
const QUESTION_START = new RegExp('^(?:c quoi|c koi|c est quoi|ces quoi|cest quoi|' +
  'qu est ce|quest ce|ca veut dire|que veut dire|comment|pourquoi|combien|quel|quelle|' +
  'quels|quelles|c est qui|a quoi|ca sert)\\b');

/**
 * What still speaks of a danger in a question: "comment je fais il est encore là ?" is
 * answered as a yes, never asked again.
 */
const DANGER_WORDS = new RegExp('\\b(?:encore|toujours|revenir|revient|revienne|peur|danger|' +
  'menace|menacer|dehors|frappe|frapper|tape|taper|couteau|arme|tuer|tue|aide|aidez|' +
  'secours|vite|venir|devant|porte|suit|suivi|blesse|blessee|sang|urgence|police|gendarme|' +
  'gendarmes|oui|ouais|non|nan)\\b');

const MAX_QUESTION_WORDS = 10;

/**
 * The kind of facts, typed at the danger question as if it asked what happened: "un vol",
 * "cambriolage", "c'est pour un vol de vélo" (tester15's F4). Violence is no such kind here:
 * "une agression" stays an answer of danger.
 */
const KIND_OF_FACTS = new RegExp('^(?:(?:c est|cest|ce est|c|il s agit d|je viens pour|'
  + 'je veux declarer|je voudrais declarer|pour|juste) )*(?:(?:un|une|le|la|l|des|d|mon|ma|'
  + 'mes) )?(?:vol|vols|cambriolage|cambriolages|arnaque|arnaques|escroquerie|escroqueries|'
  + 'degradation|degradations|vandalisme|fraude|piratage|usurpation|tag|tags|pickpocket)\\b');

/** Facts told with force: "un vol avec violence", "à l'arraché" stay answers of danger. */
const FORCE_WORDS = new RegExp('\\b(?:violence|violences|violent|agression|agresse|agressee|'
  + 'arrache|braquage|braque|arme|armes)\\b');

function words(text: string): string {
  return foldWords(text.replace(/\p{Extended_Pictographic}/gu, ' '));
}

/** "merci", "ok", "d'accord", "ok mrc 👍": a courtesy, not a yes. */
export function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGEMENT.test(words(text));
}

/** "c quoi le 3919 ?": a short question about something else, with no word of danger. */
export function isOtherQuestion(text: string): boolean {
  const said = words(text);
  const count = said.split(' ').filter((word) => word !== '').length;
  return QUESTION_START.test(said) && count <= MAX_QUESTION_WORDS && !DANGER_WORDS.test(said);
}

/** "un vol", "une arnaque": a short reply naming the facts, with no word of danger. */
export function isKindOfFacts(text: string): boolean {
  const said = words(text);
  const count = said.split(' ').filter((word) => word !== '').length;
  return KIND_OF_FACTS.test(said) && count <= MAX_QUESTION_WORDS && !DANGER_WORDS.test(said)
    && !FORCE_WORDS.test(said);
}

/**
 * At a danger question, a reply that answers nothing: asked again once, rather than read as
 * danger (a second such reply is read as danger, see UnclearOncePrompt).
 */
export function isNoAnswer(text: string): boolean {
  return isAcknowledgement(text) || isOtherQuestion(text) || isKindOfFacts(text)
    || asksAboutLimitation(words(text));
}
