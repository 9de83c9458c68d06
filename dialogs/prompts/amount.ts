import { fold, foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

/** Above this an estimate is surely a typo (extra zeros) rather than a real loss. */
const MAX_EUROS = 10_000_000;

const UNKNOWN = new RegExp('^(?:je (?:ne )?sais (?:pas|plus)(?: trop| exactement)?|' +
  '(?:je )?sais pas|jsp|aucune idee|inconnue?|nsp|pas sur|pas sure|\\?)$');

/** Things of no money value: "rien", "sans valeur", "gratuit". */
const WORTHLESS = /^(?:rien|aucune valeur|sans valeur|pas de valeur|gratuit|zero|0 euros?)$/;

/** "une cinquantaine d'euros", "un millier": the round number they stand for. */
const ROUND: Readonly<Record<string, number>> = {
  dizaine: 10, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
  soixantaine: 60, centaine: 100, millier: 1000,
};

const SMALL: Readonly<Record<string, number>> = {
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
};

/** What surrounds a value in words: "environ mille euros en tout". */
const SPELLED_NOISE = new RegExp('\\b(?:environ|a peu pres|dans les|d euros?|euros?|balles|'
  + 'en tout|au total|en gros|tout compris|grosso modo)\\b', 'g');

/** "cent euros", "deux cents euros", "mille euros", "une cinquantaine d'euros". */
function spelled(words: string): number | undefined {
  const bare = words.replace(SPELLED_NOISE, ' ')
    .replace(/\s+/g, ' ').trim();
  const round = /^(?:une? )?([a-z]+)$/.exec(bare);
  if (round && ROUND[round[1]] !== undefined) {
    return ROUND[round[1]];
  }
  const hundreds = /^(?:([a-z]+) )?(cents?|mille)$/.exec(bare);
  const times = hundreds?.[1] === undefined ? 1 : SMALL[hundreds[1]];
  if (!hundreds || times === undefined) {
    return undefined;
  }
  return times * (hundreds[2] === 'mille' ? 1000 : 100);
}

/**
 * "environ", "env", "à peu près", "en tout"...: an estimate or a total is still the value
 * (tester16's F5: "environ 900 euros en tout" was read as a goodbye).
 */
const HEDGES = new RegExp('\\b(environ|env|approx|a peu pres|approximativement|vers|autour de|'
  + 'dans les|plus de|au moins|en tout|au total|en gros|tout compris|grosso modo)\\b', 'g');

/**
 * The words a value is said with: "ça vaut 2500 euros", "je l'ai payé 300 €", "sa valeur
 * est de 80 €" (tester F10: only the bare "2500 euros" passed). Matched at the start of
 * fold() text whose apostrophes are spaces.
 */
const LEAD_INS: readonly RegExp[] = [
  new RegExp('^(?:ca|cela|il|elle|ils|elles|le tout|l ensemble) (?:vaut|valait|valent|'
    + 'valaient|coute|coutait|coutent|coutaient|a coute|avait coute|fait|faisait)\\b'),
  new RegExp('^(?:je l ai|je les ai|je l avais|je les avais|on l a|on les a|l ai|ai) '
    + '(?:paye|achete|eu)(?:e|s|es)?\\b'),
  /^(?:il|elle|ils|elles|ca) (?:est|etait|sont|etaient) estimee?s? (?:a\b)?/,
  /^(?:sa|la|leur|une|son|le) (?:valeur|prix)(?: (?:est|etait))?(?: (?:de|d)\b)?/,
  /^(?:valeur|prix|vaut|valait|coute|coutait)\b\s*:?/,
  /^c (?:est|etait)(?: (?:de|d)\b)?/,
];

function withoutLeadIn(text: string): string {
  const spaced = text.replace(/'/g, ' ').trim();
  const lead = LEAD_INS.find((pattern) => pattern.test(spaced));
  return lead === undefined ? spaced : spaced.replace(lead, '').trim();
}

/**
 * An estimated value in euros as people write it: "450", "450 €", "1 200,50 euros",
 * "environ 300", "1.200 €", "2k€", "80 balles", "une cinquantaine d'euros", "rien". `null`
 * means the citizen does not know, which is allowed; a range is asked again as one value.
 */
export function parseEuroAmount(text: string): Parsed<number | null> {
  const said = withoutLeadIn(fold(text));
  const words = foldWords(said);
  if (UNKNOWN.test(words) || UNKNOWN.test(text.trim())) {
    return parsed(null);
  }
  if (WORTHLESS.test(words)) {
    return parsed(0);
  }
  const inWords = spelled(words);
  if (inWords !== undefined) {
    return parsed(inWords);
  }
  const compact = said
    .replace(HEDGES, '')
    .replace(/~/g, '')
    .replace(/(\d)\s*e\b/g, '$1')
    .replace(/(euros?|eur|€|balles)/g, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (/^(?:entre)?\d+(?:[.,]\d+)?(?:-|et|a)\d+(?:[.,]\d+)?$/.test(compact)) {
    return failed('prompts/errors.amount_range');
  }
  const thousands = /^(\d+(?:[.,]\d+)?)k$/.exec(compact);
  const raw = thousands ? thousands[1] : compact;
  const normalised = raw.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) {
    return failed(/^-/.test(compact) ? 'prompts/errors.amount_negative'
      : 'prompts/errors.amount_format');
  }
  const value = Number(normalised) * (thousands ? 1000 : 1);
  if (value > MAX_EUROS) {
    return failed('prompts/errors.amount_too_large');
  }
  return parsed(Math.round(value * 100) / 100);
}
