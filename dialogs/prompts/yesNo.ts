import { foldWords } from './normalize';
import { looksLikeStreetAddress } from './offAnswers';
import { Parsed, failed, parsed } from './parsed';

const YES = new Set([
  'oui', 'ouais', 'ouai', 'o', 'yes', 'ok', 'd accord', 'daccord', 'bien sur', 'exact',
  'exactement', 'tout a fait', 'absolument', 'si', 'oui oui', 'affirmatif', 'c est ca',
  'oui c est ca', 'je confirme', 'j accepte', 'oui j accepte', 'volontiers',
]);

const NO = new Set([
  'non', 'n', 'no', 'nan', 'pas du tout', 'absolument pas', 'non merci', 'jamais',
  'non non', 'negatif', 'je refuse', 'non je refuse', 'aucun', 'aucune', 'pas vraiment',
]);

/** Said after the answer itself and changing nothing: "oui merci", "non svp". */
const POLITE = / (?:merci(?: beaucoup| bien)?|svp|stp|s il vous plait|s il te plait)$/;

/** What confirms a "oui" or a "non" said first: "oui bien sûr", "non pas du tout". */
const YES_THEN = new RegExp('^(?:oui|ouais) (?:bien sur|je confirme|c est ca|tout a fait|' +
  'absolument|exactement|d accord|ok|evidemment|carrement|volontiers|j accepte|c est bon|' +
  'je veux bien)$');
const NO_THEN = new RegExp('^non (?:pas du tout|jamais|je ne veux pas|je veux pas|ca va|' +
  'je refuse|pas vraiment|pas besoin|c est bon|aucun|aucune|rien|absolument pas|' +
  'pas pour l instant|pas maintenant)$');

const MORE_YES = new Set(['yep', 'yes', 'okay', 'oki', 'okey', 'ui', 'oue', 'voui', 'vi',
  'evidemment', 'carrement', 'bien sur que oui', 'ok d accord', 'je veux bien']);
const MORE_NO = new Set(['nop', 'nope', 'surtout pas', 'certainement pas', 'non non non', 'nn',
  'nan nan', 'nan merci', 'nan rien', 'non rien', 'nn rien', 'nan jamais', 'en fait non',
  'finalement non', 'non finalement']);

/**
 * Filler before the answer, as it is spoken: "ben oui je viens de le dire", "bah non"
 * (a tester's F3).
 */
const FILLER = /^(?:ben|bah|beh|bon|euh|eh bien|et bien|he bien) /;

/**
 * "je sais pas", "jsp" (with its SMS spellings): no answer to a yes/no question, but one
 * to "do you know...?" questions (parseYesNoOrUnknown).
 */
export const UNKNOWN = new RegExp('^(?:(?:non |nan |nn )?(?:je (?:ne )?sais (?:pas|plus)|' +
  '(?:je |j )?(?:sais|sai|sait) pas|jsais pas|jsai pas|chais pas|chai pas|jsp|j sp|' +
  'aucune idee|pas la moindre idee|je ne sais pas trop|je sais pas trop|' +
  'je me souviens (?:pas|plus)|je ne me souviens (?:pas|plus))(?: (?:qui (?:c|ce|c est)|' +
  'ki (?:c|ce|c est)|qui|ki))?)$');

/**
 * "non je sais pas qui c'est", "oui c'est mon voisin": a clear first word followed by an
 * explanation, unless the explanation turns it around ("oui mais", "non enfin si") or
 * speaks of a danger still there.
 */
const LEADING = /^(oui|ouais|ouai|non|nan|nn) (.+)$/;
const TURNS_AROUND = new RegExp('\\b(?:mais|oui|ouais|non|si|enfin|peut etre|sauf|sinon|' +
  'pas sur|pas sure|' +
  // at "êtes-vous en danger ?", "non il est encore là" must be asked again, never a no
  'encore|toujours|revenir|revienne|revient|peur|danger|menace|dehors)\\b');

function leadingAnswer(words: string): boolean | undefined {
  const match = LEADING.exec(words);
  if (!match || TURNS_AROUND.test(match[2])) {
    return undefined;
  }
  return !['non', 'nan', 'nn'].includes(match[1]);
}

/**
 * "j'ai une alarme oui", "je n'en ai pas non": the answer said last, after what it answers
 * (tester F10). A "oui" after a denial, or a "non" after no denial, says nothing clear.
 */
const TRAILING = /^(.+) (oui|ouais|non|nan)$/;
const DENIAL = /\b(?:ne|n|pas|jamais|aucun|aucune|rien|personne|plus)\b/;
/** "je sais pas non" is a doubt, not a no: at « êtes-vous en danger ? » it must stay one. */
const DOUBT = /\b(?:sais|sai|sait|jsp|idee|crois|pense|sur|sure|souviens)\b/;

function trailingAnswer(words: string): boolean | undefined {
  const match = TRAILING.exec(words);
  if (!match || TURNS_AROUND.test(match[1]) || DOUBT.test(match[1])) {
    return undefined;
  }
  const yes = match[2] === 'oui' || match[2] === 'ouais';
  return yes === DENIAL.test(match[1]) ? undefined : yes;
}

/** "ouiii", "nonnn", "oui 👍", "👍": one spelling for the sets above. */
export function answerWords(text: string): string {
  const thumbs = /^\s*👍\s*$/u.test(text) ? 'oui' : text;
  return foldWords(thumbs.replace(/\p{Extended_Pictographic}/gu, ' '))
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/\bou+i+\b/g, 'oui')
    .replace(POLITE, '')
    .replace(FILLER, '');
}

/**
 * "oui enfin il rôde encore", "oui mais j'ai peur": words after the answer that turn it
 * around or speak of a danger still there; a "safe" said with them is no clear "safe".
 */
export function hedged(text: string): boolean {
  return TURNS_AROUND.test(answerWords(text).replace(/^(?:oui|ouais|ouai)(?: |$)/, ''));
}

/** Oui / non as people answer it; anything else asks again rather than guessing. */
export function parseYesNo(text: string): Parsed<boolean> {
  const words = answerWords(text);
  if (YES.has(words) || MORE_YES.has(words) || YES_THEN.test(words)) {
    return parsed(true);
  }
  if (NO.has(words) || MORE_NO.has(words) || NO_THEN.test(words)) {
    return parsed(false);
  }
  const said = leadingAnswer(words) ?? trailingAnswer(words);
  if (said !== undefined) {
    return parsed(said);
  }
  return failed(looksLikeStreetAddress(text) ? 'prompts/errors.yes_no_address'
    : 'prompts/errors.yes_no');
}

/**
 * At a "do you know...?" question ("Connaissez-vous l'auteur ?"), "je sais pas qui c'est"
 * is an answer: not known. Elsewhere it must be asked again (parseYesNo).
 */
export function parseYesNoOrUnknown(text: string): Parsed<boolean | 'unknown'> {
  const words = answerWords(text);
  if (UNKNOWN.test(words)) {
    return parsed('unknown');
  }
  return parseYesNo(text);
}
