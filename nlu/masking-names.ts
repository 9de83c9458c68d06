import { maskCompoundFirstNames } from './masking-compound';

/**
 * First names, masked before a message is kept: "Kevin Moreau est séropositif" was stored as
 * "kevin masquenom est seropositif": the surname went, the first name stayed beside health
 * data (tester d33). A first name is a capitalised word just before a masked name, a common
 * French first name in any case, or the word after a relative ("mon fils enzo").
 */

/**
 * Common first names, spelt right; none is also an everyday word ("pierre", "rose",
 * "claire"). Each is also read without its accents, as often typed, but an accented word is
 * compared as typed: "marié" is not "marie".
 */
const NAMES: readonly string[] = [
  'adam', 'adrien', 'ahmed', 'alain', 'alexandre', 'alexis', 'ali', 'alice', 'amandine',
  'amina', 'anaïs', 'andré', 'anne', 'annie', 'anthony', 'antoine', 'arnaud', 'arthur',
  'audrey', 'aurélie', 'axel', 'baptiste', 'benjamin', 'benoît', 'bernard', 'bilal', 'brigitte',
  'bruno', 'camille', 'caroline', 'catherine', 'cédric', 'céline', 'charlotte', 'chloé',
  'christian', 'christine', 'christophe', 'clara', 'claude', 'corinne', 'damien',
  'daniel', 'david', 'delphine', 'denis', 'didier', 'dominique', 'dylan', 'élodie', 'émilie',
  'emma', 'enzo', 'eric', 'ethan', 'fabrice', 'fatima', 'florian', 'françois', 'franck',
  'frédéric', 'gabriel', 'gaël', 'gérard', 'gilles', 'guillaume', 'hélène', 'hugo', 'inès',
  'isabelle', 'jacques', 'jérémy', 'jessica', 'jordan', 'jonathan', 'julie', 'julien',
  'jules', 'justine', 'karim', 'karine', 'kevin', 'kylian', 'laëtitia', 'laura', 'laurence',
  'laurent', 'léa', 'léo', 'léon', 'lina', 'louis', 'louise', 'luc', 'lucas', 'lucie', 'manon',
  'marc', 'marie', 'marion', 'martine', 'mathieu', 'mathis', 'matteo', 'maxime', 'mehdi',
  'mélanie', 'michel', 'mohamed', 'mohammed', 'morgane', 'nadia', 'nathalie', 'nathan',
  'nicolas', 'nina', 'noah', 'olivier', 'pascal', 'patrick', 'paul', 'pauline', 'philippe',
  'quentin', 'raphaël', 'rayan', 'romain', 'sabrina', 'samir', 'sandrine', 'sarah', 'sébastien',
  'sofiane', 'sophie', 'stéphane', 'stéphanie', 'sylvie', 'théo', 'thierry', 'thomas',
  'timéo', 'valérie', 'vanessa', 'véronique', 'vincent', 'virginie', 'yanis', 'youssef',
  'zoé',
];

/** Relatives and people close by, after whom the next word is often their first name. */
const RELATIVE = new RegExp("\\b((?:mon|ma|notre)\\s+(?:fils|fille|mari|femme|fr[eè]re|" +
  's(?:oe|œ)ur|p[eè]re|m[eè]re|copain|copine|ex|compagnon|compagne|conjoint|conjointe|' +
  'cousin|cousine|oncle|tante|neveu|ni[eè]ce|voisin|voisine|ami|amie|coll[eè]gue|patron|' +
  "chef|petit[- ]fils|petite[- ]fille|beau[- ]p[eè]re|belle[- ]m[eè]re|enfant|b[eé]b[eé]))" +
  "\\s+(\\p{L}+)(?![\\p{L}'’])", 'giu');

/** What follows a relative and is not a name: grammar words, ages, common descriptions. */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'a', 'ai', 'as', 'au', 'aux', 'avait', 'avec', 'aussi', 'car', 'chez', 'ce', 'c', 'dans',
  'de', 'd', 'des', 'du', 'doit', 'elle', 'en', 'est', 'et', 'etait', 'fait', 'il', 'ils',
  'j', 'je', 'l', 'la', 'le', 'les', 'lui', 'm', 'mais', 'me', 'mon', 'ma', 'mes', 'n', 'ne',
  'ni', 'nous', 'on', 'ont', 'ou', 'par', 'pas', 'peut', 'plus', 'pour', 'qu', 'que', 'qui',
  's', 'sa', 'sans', 'se', 'ses', 'son', 'sont', 'sur', 't', 'te', 'un', 'une', 'va', 'vient',
  'veut', 'vous', 'y', 'ado', 'adolescent', 'age', 'aine', 'ainee', 'cadet', 'cadette',
  'mineur', 'mineure', 'majeur', 'majeure', 'ans', 'an', 'mois', 'fou', 'folle', 'jaloux',
  'alcoolique', 'autiste', 'handicape', 'handicapee', 'malade', 'violent', 'violente',
  'actuel', 'actuelle', 'ex', 'tout', 'toute', 'tous', 'souvent', 'toujours', 'jamais',
  'encore', 'deja', 'hier', 'cette', 'ici', 'quand', 'depuis',
  // "mon ex mari", "ma petite soeur": the relative goes on
  'mari', 'femme', 'copain', 'copine', 'compagnon', 'compagne', 'conjoint', 'conjointe',
  'petit', 'petite', 'grand', 'grande', 'beau', 'belle', 'ami', 'amie', 'fils', 'fille',
]);

/** Words that open a sentence and are not a first name ("Bonjour Martin"). */
const OPENERS: ReadonlySet<string> = new Set([
  'bonjour', 'bonsoir', 'salut', 'coucou', 'allo', 'merci', 'oui', 'non', 'chez', 'avec',
  'pour', 'par', 'le', 'la', 'les', 'un', 'une', 'mon', 'ma', 'mes', 'et', 'mais', 'voila',
]);

/** A verb or an adjective after "mon fils" ("pleure", "boit", "dort", "bruyant"). */
const VERB_OR_ADJECTIVE_END = /(?:e|es|ait|aient|ent|ant|er|ir|oit|ort|it|ut)$/;

function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The listed first names as normalize() writes them (lower case, no accents). */
export const PLAIN_FIRST_NAMES: readonly string[] = NAMES.map(plain);

const FIRST_NAMES: ReadonlySet<string> = new Set([...NAMES, ...PLAIN_FIRST_NAMES]);

/** Marks a masked listed first name for a moment, to look at the word after it. */
const MARK = '\u0000';
const AFTER_MARK = new RegExp(`${MARK}\\s+(\\p{L}+)(?![\\p{L}'’])`, 'gu');

function isNameAfterRelative(word: string): boolean {
  const name = plain(word);
  if (FIRST_NAMES.has(word.toLowerCase())) {
    return true;
  }
  // "mon fils masquenom": already masked, by a placeholder of any kind
  return !NOT_A_NAME.has(name) && !VERB_OR_ADJECTIVE_END.test(name) && !name.startsWith('masque');
}

/** The message with first names replaced by `mask` (other words untouched). */
export function maskFirstNames(text: string, mask: string): string {
  const beforeMask = new RegExp(`(^|[.!?]\\s*)(\\p{Lu}[\\p{L}'’-]+)\\s+${mask}`, 'gu');

  // marked as a listed name is, so that a lower-case surname after it goes too
  const compoundsMasked = maskCompoundFirstNames(text, `${mask}${MARK}`,
    (word) => FIRST_NAMES.has(word));

  const relativesMasked = compoundsMasked.replace(RELATIVE,
    (whole: string, relative: string, word: string) =>
      isNameAfterRelative(word) ? `${relative} ${mask}` : whole);

  return relativesMasked
    .replace(beforeMask, (whole: string, start: string, word: string) =>
      OPENERS.has(plain(word)) ? whole : `${start}${mask}`)
    .replace(/\p{L}+/gu, (word) => FIRST_NAMES.has(word.toLowerCase()) ? `${mask}${MARK}` : word)
    // a surname typed in lower case after a listed first name: "kevin moreau"
    .replace(AFTER_MARK, (whole: string, word: string) => isNameAfterRelative(word) ? '' : whole)
    .replaceAll(MARK, '');
}
