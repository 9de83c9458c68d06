import { normalize } from '../../nlu/normalize';
import { asksForNumbersAbroad } from './abroadNumbers';
import { asksAboutDeceasedPapers } from './deceasedPapers';
import { asksAboutDevice } from './deviceQuestion';
import { asksDeafContact } from './deafContact';
import { asksAboutLimitation } from './limitationQuestion';
import { writtenInAnotherLanguage } from './foreignLanguage';
import { lineAskedFor } from './lineForSituation';
import { rescueSceneAsked } from './rescueQuestion';

/**
 * Questions the model has no topic for, answered from their words (template
 * `answers/<name>`): the router reaches them without a retrained model, and a prompt answers
 * the question ones on the way before asking its question again.
 */
export type KeywordAnswer =
  | 'withdrawPreComplaint' | 'cancelOtv' | 'mistakenCall' | 'beachFire' | 'serviceFree'
  | 'frenchOnly' | 'helpLines' | 'abroadNumbers' | 'lineFor' | 'deceasedPapers'
  | 'anyDevice' | 'rescueHowTo' | 'emergencyNumber' | 'deafContact' | 'limitationPeriod'
  | 'lateComplaint';

/** Answers to a question, which a prompt may give before asking its question again. */
const QUESTIONS: ReadonlySet<KeywordAnswer> = new Set<KeywordAnswer>(
  ['mistakenCall', 'beachFire', 'serviceFree', 'frenchOnly', 'helpLines', 'abroadNumbers',
    'lineFor', 'deceasedPapers', 'anyDevice', 'rescueHowTo', 'deafContact',
    'limitationPeriod']);

/** What the citizen said or did before, which some readings need. */
export interface KeywordContext {
  /** A pré-plainte was filed in this conversation: "retirer ma plainte" means it. */
  filedPreComplaint?: boolean;
}

const TAKE_BACK = '(?:retirer|retire|retirez|annuler|annule|annulez|supprimer|supprime|'
  + 'supprimez|effacer|efface|abandonner|abandonne|arreter|arrete|stopper)';

/** "retirer ma pré-plainte", "annuler la PP-7K4M-Q2XD", "je ne veux plus porter plainte". */
const PRE_COMPLAINT = new RegExp(`\\b${TAKE_BACK}\\b.*\\b(?:pre plainte|pp [a-z0-9]{4} `
  + '[a-z0-9]{4})\\b|\\bne (?:veux|souhaite|voudrais) plus (?:porter|deposer) (?:de )?'
  + '(?:pre )?plainte\\b');

/** The same with "plainte" alone, which means the pré-plainte only once one was filed here. */
const COMPLAINT = new RegExp(`\\b${TAKE_BACK}\\b.*\\b(?:ma|la|cette) plainte\\b|`
  + '\\bne (?:veux|souhaite|voudrais) plus (?:porter|deposer) plainte\\b');

const OTV = new RegExp('\\b(?:on|je|nous) (?:ne )?(?:part|pars|partons|partirons) plus\\b|'
  + `\\b${TAKE_BACK}\\b.*\\b(?:otv|operation tranquillite|tranquillite vacances|`
  + 'surveillance|otv [a-z0-9]{4} [a-z0-9]{4})\\b|\\b(?:vacances|voyage|depart|sejour) '
  + '(?:est |sont |a ete |ont ete )?(?:annule|annulee|annules|annulees|reporte|reportee)\\b');

/**
 * An emergency number typed alone ("112", "le 17 ?"): what it is and when to call it, not
 * "out of our scope" (t65). No alarm: a number is no account of a danger.
 */
export const BARE_NUMBER = /^(?:le |au |numero |num )?(15|17|18|112|114|196)$/;

/** An emergency number dialled, and said to be a mistake. */
const EMERGENCY_NUMBER = /\b(?:17|112|15|18|114|police secours|numero d urgence)\b/;
const BY_MISTAKE = new RegExp('\\b(?:par erreur|par accident|par megarde|sans (?:le )?faire '
  + 'expres|en jouant|involontairement|sans le vouloir)\\b');

/** A fire lit outdoors where it is regulated, asked about ("est-ce autorisé ?"). */
const FIRE = /\b(?:feu de camp|feu|barbecue|brasero)\b/;
const PLACE = /\b(?:plage|dunes?|foret|bois|bord de mer|crique|calanque)\b/;
const ALLOWED = new RegExp('\\b(?:autorise|autorisee|interdit|interdite|le droit|permis|'
  + 'peut on|on peut|legal|amende|risque)\\b');

/** Is it paid for? The fines, pound, papers and emergency numbers have their own answers. */
const PRICE = new RegExp('\\b(?:payant|payante|gratuit|gratuite|faut il payer|il faut payer|'
  + 'dois je payer|je dois payer|on doit payer|ca coute)\\b');
const HAS_OWN_PRICE =
  /\b(?:amende|pv|proces verbal|fourriere|carte grise|permis|timbre|numeros?)\b/;
/**
 * Another service's bill (firefighters for a wasps' nest, an ambulance, the hospital): out of
 * our scope, so the model's `none` answers it, never this service's price.
 */
const OTHER_SERVICE = new RegExp('\\b(?:pompiers?|sapeurs?|ambulances?|samu|smur|hopital|'
  + 'urgences|clinique|medecins?|helicoptere|guepes?|frelons?|essaim|depanneuse|serrurier)\\b');
/** The help lines whose answer says they are free and off the phone bill (helpLines). */
const HELP_LINE = /\b(?:3114|119|3919)\b/;

/**
 * Another language asked for, in that language or in French: the model reads these few
 * foreign words as a greeting or as the service presentation, which never says it is French
 * only (tester15 F6). A story told in another language is not this: it goes to the model.
 */
const LANGUAGES = '(?:english|anglais|ingles|englisch|inglese|spanish|espanol|espagnol|'
  + 'spanisch|portugues|portuguese|portugais|deutsch|german|allemand|italiano|italien|'
  + 'arabe|arabic|russe|russian|roumain|polonais|turc|chinois|ukrainien)';
const LANGUAGE_ASKED = new RegExp('\\b(?:'
  + `(?:speak|speaks|talk|write|answer|reply|understand) (?:in )?${LANGUAGES}|`
  + '^(?:in )?(?:english|spanish|espanol|deutsch|portugues)$|'
  + `(?:in )?(?:english|spanish|german) (?:please|pls|plz|possible)|`
  + `(?:habla|hablan|hablas|hablais|falam|fala|falas|sprechen sie|sprichst du|parla|parlate|`
  + `parlez vous|vous parlez|tu parles|parles tu|quelqu un parle|on peut parler) (?:en )?`
  + `(?:le |l )?${LANGUAGES}|`
  + '(?:ils|elles|vous|on|quelqu un|qqn|personne|les gendarmes) (?:ne )?(?:parlent|parle|'
  + `parlez|repondent|repond|repondez|comprennent|comprend) (?:pas )?(?:en |l )?${LANGUAGES}|`
  + `(?:en|em|in|auf) ${LANGUAGES} (?:svp|s il vous plait|si possible|please|por favor|`
  + 'bitte|possible|c est possible|per favore)|'
  + 'je (?:ne )?parle (?:pas|mal|peu) (?:bien |tres bien |tres mal |le )?francais|'
  + 'no hablo frances|i don t speak french|i do not speak french|no falo frances'
  + ')\\b');

const EVERY_LANGUAGE_ASKED = new RegExp(LANGUAGE_ASKED.source, 'g');

/** Politeness around the request, which says nothing of the citizen's case. */
const FILLER = new Set(['bonjour', 'bonsoir', 'hello', 'hi', 'hola', 'ola', 'est', 'ce', 'que',
  'ici', 's', 'il', 'vous', 'plait', 'svp', 'please', 'por', 'favor', 'bitte', 'sorry',
  'desole', 'excusez', 'moi', 'pardon', 'madame', 'monsieur', 'merci', 'thanks', 'gracias']);

/**
 * The language request, with at most a few words of its own: a case told around it ("je
 * parle pas bien français, on m'a volé mon sac") is answered, in French, by its topic.
 */
function asksOnlyForLanguage(words: string): boolean {
  if (!LANGUAGE_ASKED.test(words)) {
    return false;
  }
  const rest = words.replace(EVERY_LANGUAGE_ASKED, ' ').split(' ')
    .filter((word) => word !== '' && !FILLER.has(word));
  return rest.length <= 3;
}

/** The keyword answer that fits `text`, if any. */
export function keywordAnswerFor(text: string | undefined,
  known: KeywordContext = {}): KeywordAnswer | undefined {
  const words = normalize(text ?? '');

  if (PRE_COMPLAINT.test(words) || (known.filedPreComplaint === true && COMPLAINT.test(words))) {
    return 'withdrawPreComplaint';
  }
  if (OTV.test(words)) {
    return 'cancelOtv';
  }
  if (BARE_NUMBER.test(words)) {
    return 'emergencyNumber';
  }
  if (EMERGENCY_NUMBER.test(words) && BY_MISTAKE.test(words)) {
    return 'mistakenCall';
  }
  if (asksOnlyForLanguage(words) || writtenInAnotherLanguage(text ?? '')) {
    return 'frenchOnly';
  }
  if (asksAboutLimitation(words)) {
    return 'limitationPeriod';
  }
  if (asksDeafContact(words)) {
    return 'deafContact';
  }
  if (asksForNumbersAbroad(words)) {
    return 'abroadNumbers';
  }
  // which number for a situation is no account of one: no procedure begins (tester F7b)
  const line = lineAskedFor(words);
  if (line !== undefined) {
    return line === 'several' ? 'helpLines' : 'lineFor';
  }
  if (asksAboutDevice(words)) {
    return 'anyDevice';
  }
  // how to help a drowning or fainting person, asked ahead: the number for that scene
  if (rescueSceneAsked(words) !== undefined) {
    return 'rescueHowTo';
  }
  if (FIRE.test(words) && PLACE.test(words) && ALLOWED.test(words)) {
    return 'beachFire';
  }
  if (asksAboutDeceasedPapers(words)) {
    return 'deceasedPapers';
  }
  if (!PRICE.test(words)) {
    return undefined;
  }
  // "le 3114 c'est gratuit ?" is about that line, not about this service (tester16 F8)
  if (HELP_LINE.test(words)) {
    return 'helpLines';
  }
  // "le 17 c'est gratuit ?" is answered by the list of the numbers
  const ownPrice = HAS_OWN_PRICE.test(words) || EMERGENCY_NUMBER.test(words)
    || OTHER_SERVICE.test(words);
  return ownPrice ? undefined : 'serviceFree';
}

/** The answer to a question asked at a prompt, given before the prompt is asked again. */
export function keywordQuestionFor(text: string | undefined): KeywordAnswer | undefined {
  const answer = keywordAnswerFor(text);
  return answer !== undefined && QUESTIONS.has(answer) ? answer : undefined;
}

/** A pré-plainte (PP-…) or OTV (OTV-…) reference typed in `text`, in canonical form. */
export function referenceIn(text: string | undefined, prefix: 'PP' | 'OTV'):
  string | undefined {
  const pattern = new RegExp(`\\b${prefix}[\\s\\-_.]?([A-Z0-9]{4})[\\s\\-_.]?([A-Z0-9]{4})\\b`,
    'i');
  const match = pattern.exec(text ?? '');
  return match ? `${prefix}-${match[1]}-${match[2]}`.toUpperCase() : undefined;
}
