import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';
import { isLetterHeldDown } from '../common/babble';
import { isBareReply } from './bareReply';

export interface TextLimits {
  min: number;
  max: number;
  /** The template saying the limit, when the question has its own (the account's). */
  tooLong?: string;
}

/** The hint of a free-text question answered by a bare yes, no, ok or emoji. */
export const BARE_REPLY = 'prompts/errors.bare_reply';

/**
 * Free text within limits, trimmed; the citizen's own words are kept as typed. A bare
 * "oui", "ok" or "👍" describes nothing: it is asked again, never stored.
 */
export function parseFreeText(text: string, limits: TextLimits): Parsed<string> {
  if (isBareReply(text)) {
    return failed(BARE_REPLY);
  }
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length < limits.min) {
    return failed('prompts/errors.text_too_short');
  }
  if (trimmed.length > limits.max) {
    return failed(limits.tooLong ?? 'prompts/errors.text_too_long');
  }
  return parsed(trimmed);
}

/** How people introduce their name: "je m'appelle Martin", "moi c'est Léa". */
const INTRODUCTION = new RegExp("^(?:je m['’ ]?appelle|mon (?:nom|pr[ée]nom)(?: de famille)?" +
  "(?: est|,| :| c['’ ]?est)?|moi c['’ ]?est|c['’ ]?est|monsieur|madame|mademoiselle|mme|" +
  'mlle|mr|m\\.) +', 'iu');

/** Answers that are not a name, by what the citizen means (folded, no punctuation). */
const NOT_A_NAME: ReadonlyArray<[string, RegExp]> = [
  ['name_why', new RegExp('^(?:pourquoi(?: faire)?|pk|pq|pour quoi faire|pour quoi|' +
    'c est obligatoire|est ce obligatoire|c est pour quoi|a quoi ca sert|ca sert a quoi)$')],
  ['name_refused', new RegExp('^(?:non|nan|no|non merci|anonyme|je prefere pas|' +
    'je (?:ne )?(?:veux|prefere|souhaite) pas(?: le dire| le donner)?|pas envie|' +
    'je refuse|rien|aucun|aucune|personne|secret)$')],
  // "Si", "Oh" and "O" are real names: only the unmistakable answers are refused
  ['name_not_a_name', new RegExp('^(?:oui|ouais|ouai|ok|okay|oki|d accord|daccord|yes|' +
    'jsp|jsais pas|je sais pas|je ne sais pas|sais pas|chais pas|aucune idee|' +
    'je ne sais plus|je sais plus|euh+|hein|quoi|hmm+|bah|bof|test|lol|mdr|' +
    'bonjour|bonsoir|salut|coucou|merci|merci beaucoup|moi|lui|elle|monsieur|madame|' +
    'mademoiselle|mr|mme|nom|prenom|mon nom|mon prenom|inconnu|inconnue|x|xx+|' +
    'pareil|idem|meme chose|voir plus haut|deja dit|je l ai deja dit|je m appelle)$')],
];

/**
 * Words that make a sentence, never a name: subject and object pronouns, auxiliaries,
 * links ("mon mari me frappe quand il boit", "je veux reprendre ma pré-plainte"). Particles
 * of names ("de", "le", "la", "du", "ben", "van", "ma" as in "Ma Long") are not among them.
 */
const SENTENCE_WORDS = new Set(['je', 'j', 'tu', 'il', 'ils', 'on', 'me', 'm', 'te', 'se',
  'nous', 'vous', 'mon', 'mes', 'ton', 'tes', 'quand', 'parce', 'est', 'suis', 'ai', 'a',
  'veux', 'voudrais', 'peux', 'pas', 'ne', 'n', 'avec', 'pour', 'dans', 'sur', 'qui', 'que',
  'quoi', 'y']);

/** Two sentence words, or more words than any name has, make a sentence. */
function isSentence(meaning: string): boolean {
  const words = meaning.split(' ').filter((word) => word !== '');
  const sentenceWords = words.filter((word) => SENTENCE_WORDS.has(word)).length;
  return sentenceWords >= 2 || words.length > 8;
}

/**
 * A person's name: letters (accents included), spaces, hyphens and apostrophes, as in
 * "Le Guen", "N'Diaye", "Jean-Éric"; no digits. "je m'appelle Martin" gives "Martin";
 * "oui", "jsp", "pourquoi ?" are no names and get their own explanation.
 */
export function parsePersonName(text: string): Parsed<string> {
  const said = text.trim().replace(/\s+/g, ' ');
  const trimmed = said.replace(INTRODUCTION, '').replace(/[.!]+$/, '').trim();
  const meanings = [foldWords(said), foldWords(trimmed)];
  const notAName = NOT_A_NAME.find(([, pattern]) =>
    meanings.some((meaning) => pattern.test(meaning)));
  if (notAName !== undefined) {
    return failed(`prompts/errors.${notAName[0]}`);
  }
  const asked = /\s*\?+$/.exec(trimmed);
  if (asked !== null && trimmed.slice(0, asked.index).includes(' ')) {
    // "vous voulez mon nom ?" is a question; "Martin ?" a name said unsurely
    return failed('prompts/errors.name_why');
  }
  if (isSentence(foldWords(trimmed))) {
    // "mon mari me frappe quand il boit" is something to tell, not a name to record
    return failed('prompts/errors.name_sentence');
  }
  return nameLetters(asked === null ? trimmed : trimmed.slice(0, asked.index));
}

function nameLetters(trimmed: string): Parsed<string> {
  const meaning = foldWords(trimmed);
  if (trimmed.length === 0 || trimmed.length > 80 || isLetterHeldDown(meaning)) {
    return failed('prompts/errors.name_format');
  }
  if (!/^\p{L}[\p{L}\p{M}' ’.-]*$/u.test(trimmed)) {
    return failed('prompts/errors.name_format');
  }
  return parsed(trimmed);
}
