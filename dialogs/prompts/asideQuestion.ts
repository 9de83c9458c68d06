import type { TurnContext } from 'botbuilder';
import type { Content } from '../../content/renderer';
import type { Understanding } from '../../nlu/types';
import { keywordQuestionFor } from '../common/keywordAnswers';
import { keywordText } from '../common/keywordText';
import { getUnderstanding } from '../common/turnServices';
import { isBabble } from '../common/babble';
import { isQuestionAboutChoices } from './choiceQuestion';
import { namesOnlyPlaces } from './placeOnly';

/**
 * How a question starts once normalised (see nlu/normalize.ts: "c'est" reads "ce est").
 * Only a message that reads as a question is taken as an aside: "on m'a volé ma carte" at
 * a closed question is an attempt to answer it, not a new subject.
 */
const QUESTION_START = new RegExp('^(?:comment|est ce que|ou |quand|combien|pourquoi|quel|'
  + 'qui |que faire|que dois je|puis je|je peux|peut on|on peut|faut il|il faut|ce est quoi|'
  // "c quoi le numéro…", the way it is typed on a phone (tester15's F3)
  + 'ce quoi|c quoi|ce koi|c koi|'
  + 'je voudrais savoir|je aimerais savoir|a quoi|dois je|doit on)');

/**
 * At a free-text question any text is a valid answer, so the bar is higher: "quand je suis
 * rentré..." or "il faut dire que..." start many accounts, not questions.
 */
const STRICT_QUESTION_START = new RegExp('^(?:est ce que|que est ce que|combien|pourquoi|'
  + 'comment|quel|que faire|que dois je|puis je|peut on|faut il|ce est quoi|ce quoi|c quoi|'
  + 'je voudrais savoir|je aimerais savoir|a quoi|dois je|doit on)\\b');

/**
 * Words that announce a question without being part of it: "au fait il faut que je fasse
 * une procuration, comment on fait ?" is one question of 11 words (tester16's F4).
 */
const ASIDE_OPENER = new RegExp('^(?:au fait|sinon|d ailleurs|tant que je y suis|'
  + 'petite question|autre question|une question|je ai une question|question)\\b\\s*');

/** Longer free text is an account that may end with a question, not a question aside. */
const MAX_FREE_TEXT_QUESTION_WORDS = 12;

/** Below this topic score the question is not answered aside (as the main router's). */
const MIN_SCORE = 0.5;

/** The self-presentation, which the model gives to many questions it cannot place. */
const SELF_PRESENTATION = 'faq.about_service';

/** A question that names the service is about it: "c'est quoi ce service ?". */
const NAMES_SERVICE = /\b(?:service|brigade numerique|assistant|robot|chatbot|bot|qui etes)\b/;

function sureFaqTopic(understanding: Understanding, content: Content): string | undefined {
  const { topic } = understanding;
  const sure = !understanding.ambiguous && understanding.score >= MIN_SCORE;
  const answered = topic.startsWith('faq.') && content.has(`faq/${topic}`);
  // "c'est quoi la différence ?" at a prompt asks about its options, not about the bot
  const aboutOptions = topic === SELF_PRESENTATION
    && isQuestionAboutChoices(understanding.text) && !NAMES_SERVICE.test(understanding.normalized);
  return sure && answered && !aboutOptions ? topic : undefined;
}

/** A listening line named in a question: "c quoi le 3919 ?", "le 119 c'est qui ?". */
const HELP_LINE = /(?:^|\D)(?:3919|119|3114|114)(?:\D|$)/;
const ASKS_WHAT = /\b(?:quoi|koi|qui|ki|quel|quelle|comment|sert|veut dire)\b|\?\s*$/;

function asksAboutHelpLine(text: string): boolean {
  const said = text.toLowerCase();
  return HELP_LINE.test(said) && ASKS_WHAT.test(said);
}

/**
 * The answer to a question asked on the way at a prompt: a keyword answer ("c'est payant
 * ce service ?" is no question about the bot), else the FAQ of `topicOf`.
 */
export function asideAnswer(context: TurnContext, content: Content): string | undefined {
  const text = context.activity.text ?? '';
  if (asksAboutHelpLine(text)) {
    return content.render('answers/helpLines');
  }
  const keyword = keywordQuestionFor(text);
  if (keyword !== undefined) {
    return keywordText(content, keyword, text);
  }
  const topic = asideTopic(context, content);
  return topic === undefined ? undefined : content.render(`faq/${topic}`);
}

/**
 * The FAQ topic of a question asked in the middle of a procedure, when the answer to the
 * pending question could not be read and the recogniser is sure of an answered topic.
 */
export function asideTopic(context: TurnContext, content: Content): string | undefined {
  const understanding = getUnderstanding(context);
  if (understanding === undefined) {
    return undefined;
  }

  const asks = understanding.text.trim().endsWith('?')
    || QUESTION_START.test(understanding.normalized);
  return asks ? sureFaqTopic(understanding, content) : undefined;
}

/**
 * The FAQ topic of a short question typed at a free-text question ("Racontez..."), which
 * would otherwise be stored as the answer in the official record.
 */
export function freeTextAsideTopic(context: TurnContext, content: Content): string | undefined {
  const understanding = getUnderstanding(context);
  if (understanding === undefined) {
    return undefined;
  }

  const question = understanding.normalized.replace(ASIDE_OPENER, '');
  const words = question.split(' ').filter((word) => word !== '').length;
  const asks = understanding.text.trim().endsWith('?') || STRICT_QUESTION_START.test(question);
  const short = words > 0 && words <= MAX_FREE_TEXT_QUESTION_WORDS;
  return asks && short ? sureFaqTopic(understanding, content) : undefined;
}

/**
 * Any short question typed at a free-text question, answered or not: "est ce que je dois
 * laisser mes clés a la gendarmerie ?" at the OTV's « digicode, portail… » was stored as the
 * access to the home and never answered (tester d33). It is no answer: the question is
 * said to be unanswered here, and the pending question comes back.
 */
export function freeTextQuestion(context: TurnContext): boolean {
  const understanding = getUnderstanding(context);
  if (understanding === undefined) {
    return false;
  }

  // opened as a question: "un voisin a tout vu, comment ça se passe ?" is an answer first
  const question = understanding.normalized.replace(ASIDE_OPENER, '');
  const words = question.split(' ').filter((word) => word !== '').length;
  return STRICT_QUESTION_START.test(question) && words <= MAX_FREE_TEXT_QUESTION_WORDS;
}

/** A short question with a keyword answer, typed at a free-text question. */
export function freeTextKeywordQuestion(context: TurnContext): boolean {
  const understanding = getUnderstanding(context);
  if (understanding === undefined || keywordQuestionFor(understanding.text) === undefined) {
    return false;
  }
  const words = understanding.normalized.split(' ').filter((word) => word !== '').length;
  const asks = understanding.text.trim().endsWith('?')
    || STRICT_QUESTION_START.test(understanding.normalized);
  return asks && words <= MAX_FREE_TEXT_QUESTION_WORDS * 2;
}

/** Topics whose answer is help a citizen needs at once (numbers, listening lines). */
const HELP_TOPICS = new Set(['faq.domestic_violence', 'faq.sexual_violence', 'faq.harassment',
  'faq.child_in_danger']);

/**
 * A disclosure typed where a short answer was expected and refused as that answer ("mon
 * mari me frappe quand il boit" at « Votre nom ? »): its help is given before the question
 * comes back. Only for a refused answer, so an account at « Racontez… » stays the account.
 */
export function refusedDisclosureTopic(context: TurnContext, content: Content):
  string | undefined {
  const understanding = getUnderstanding(context);
  if (understanding === undefined || namesOnlyPlaces(understanding.text)) {
    return undefined;
  }
  const topic = sureFaqTopic(understanding, content);
  return topic !== undefined && HELP_TOPICS.has(topic) ? topic : undefined;
}

/** What a message that is no answer says instead: another request, or a goodbye. */
export type Elsewhere = 'leaving' | 'elsewhere';

const LEAVING = new Set(['smalltalk.goodbye']);

/**
 * A sure goodbye or a sure request for another procedure typed where an answer was
 * expected ("merci au revoir", "je veux porter plainte pour le vol de mon vélo"): the
 * citizen is told how to stop the procedure, instead of "answer not recognised" in a loop.
 */
export function elsewhereOf(context: TurnContext): Elsewhere | undefined {
  const understanding = getUnderstanding(context);
  if (understanding === undefined || understanding.ambiguous
    || understanding.score < MIN_SCORE || isBabble(understanding.normalized)) {
    return undefined;
  }
  if (LEAVING.has(understanding.topic)) {
    return 'leaving';
  }
  return understanding.topic.startsWith('procedure.') ? 'elsewhere' : undefined;
}

/** A goodbye longer than this is more likely an account that ends with one. */
const MAX_FREE_TEXT_GOODBYE_WORDS = 6;

/**
 * The words of a farewell: the recogniser also reads "c'est tout" or "tout est correct" as
 * goodbyes, and those are the answers some free-text questions wait for.
 */
const FAREWELL =
  /\b(au revoir|bye|a plus|a bientot|a demain|adieu|ciao|bonne (journee|soiree|nuit))\b/;

/**
 * The model's goodbye said with the words of one: "demain" alone reads as "à demain" to it,
 * and is an answer (or a wrong one) at a closed question, never someone leaving.
 */
export function saysFarewell(context: TurnContext): boolean {
  const understanding = getUnderstanding(context);
  return understanding !== undefined && FAREWELL.test(understanding.normalized);
}

/**
 * A short sure goodbye typed at a free-text question ("merci au revoir" at « Racontez… »),
 * which would otherwise be stored as the account in the official record.
 */
export function freeTextLeaving(context: TurnContext): boolean {
  const understanding = getUnderstanding(context);
  if (understanding === undefined || elsewhereOf(context) !== 'leaving'
    || !FAREWELL.test(understanding.normalized)) {
    return false;
  }
  const words = understanding.normalized.split(' ').filter((word) => word !== '').length;
  return words <= MAX_FREE_TEXT_GOODBYE_WORDS;
}

/**
 * How a request for a procedure is made ("je veux porter plainte", "reprendre ma
 * pré-plainte", "faire une OTV"): an account of the facts ("on m'a pris mon sac sur la
 * plage") reads as a complaint to the model, and is the answer to « Racontez… ».
 */
const ASKS_FOR_PROCEDURE = new RegExp('\\b(veux|voudrais|voudrai|souhaite|souhaiterais|' +
  'aimerais|faut|peux|puis|comment|faire|deposer|porter|reprendre|recommencer|commencer|' +
  'continuer|demander|demande|inscrire|plainte|pre plainte|tranquillite|otv)\\b');

/** A request for a procedure longer than this is more likely an account that names one. */
const MAX_FREE_TEXT_REQUEST_WORDS = 8;

/**
 * A short sure request for a procedure typed at a free-text question ("je veux reprendre
 * ma pré-plainte" at « Où êtes-vous né(e) ? »), which would otherwise be its answer.
 */
export function freeTextElsewhere(context: TurnContext): boolean {
  const understanding = getUnderstanding(context);
  if (understanding === undefined || elsewhereOf(context) !== 'elsewhere'
    || !ASKS_FOR_PROCEDURE.test(understanding.normalized)) {
    return false;
  }
  const words = understanding.normalized.split(' ').filter((word) => word !== '').length;
  return words <= MAX_FREE_TEXT_REQUEST_WORDS;
}
