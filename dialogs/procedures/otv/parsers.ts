import type { PostcodeDirectory } from '../../../geo/types';
import { isBareName } from '../../prompts/bareName';
import { foldWords } from '../../prompts/normalize';
import { Parsed, failed, parsed } from '../../prompts/parsed';
import { parseFrenchPhone } from '../../prompts/phone';
import { parseFreeText, parsePersonName } from '../../prompts/text';
import { parseYesNo } from '../../prompts/yesNo';
import { maskAlarmCodes } from './alarmCode';
import type { PersonContact } from './types';

/** Answers that mean "nothing / nobody" to an optional question. */
const NOTHING = new Set([
  'non', 'aucun', 'aucune', 'rien', 'personne', 'pas de', 'sans', 'non merci', 'nan', 'ras',
  'aucune personne', 'pas de vehicule', 'aucun vehicule', 'rien de particulier', 'neant',
  'nn', 'pas de voiture', 'aucune voiture', 'pas de vehicules', 'pas de voitures',
]);

/** "nan rien", "non aucun": a no followed by the nothing it means. */
const LEADING_NO = /^(?:non|nan|nn|no) /;

export function saysNothing(text: string): boolean {
  const words = foldWords(text);
  return NOTHING.has(words) || (LEADING_NO.test(words) &&
    NOTHING.has(words.replace(LEADING_NO, '')));
}

/** Digicode, gate, dog, floor...: optional, kept in the citizen's words, alarm codes masked. */
export function parseAccess(text: string): Parsed<string> {
  return saysNothing(text) ? parsed('')
    : parseFreeText(maskAlarmCodes(text).text, { min: 2, max: 500 });
}

/** "ok merci", "oui d'accord": courtesy typed at the address question is no address. */
const COURTESY_ONLY = new RegExp('^((ok|okay|merci|oui|non|rien|de accord|d accord|bonjour|'
  + 'bonsoir|au revoir|svp|stp|voila|bien|beaucoup|super|parfait|c est bon|c est tout)( |$))+$');

/** "à Quimper", "29000 Quimper", "Quimper (29000)": what is left once postcodes are out. */
const POSTCODE_WORD = /\b\d{5}\b/g;
const PLACE_LEAD = /^(?:a|sur|en|dans|ville|commune) /;

/**
 * Only a commune's name or a postcode, with no street: "Quimper" at the street question
 * made the summary read « Adresse : Quimper, Quimper (29000) » (t65). Looked up in the
 * shipped commune table, by its exact name only, so that a street is never mistaken.
 */
function namesOnlyACommune(text: string, communes: PostcodeDirectory): boolean {
  const folded = foldWords(text);
  const rest = folded.replace(POSTCODE_WORD, ' ').replace(/\s+/g, ' ').trim()
    .replace(PLACE_LEAD, '');
  if (rest === '') {
    return folded !== '';
  }
  return communes.communesNamed(rest, 'exact').length > 0;
}

export function parseStreet(text: string, communes: PostcodeDirectory): Parsed<string> {
  const street = parseFreeText(text, { min: 4, max: 200 });
  if (street.ok && namesOnlyACommune(text, communes)) {
    return failed('procedures/otv/errors.street_commune');
  }
  return street.ok && /\p{L}{2}/u.test(street.value) && !COURTESY_ONLY.test(foldWords(text))
    ? street
    : failed('procedures/otv/errors.street');
}

/**
 * What leads to the number and is not the name: "Mme Martin au 02 98...", "joignable
 * au", "sur son portable".
 */
const BEFORE_PHONE = new RegExp('(?:\\s+(?:au|a|à|joignable|joignables|sur|le|son|sa|' +
  'portable|fixe|mobile|tel|tél|numero|numéro|n°|par|via|ou|et|-))+\\s*$', 'iu');

/**
 * "Claire Martin 06 12 34 56 78" in one answer, or "personne". The phone is found
 * wherever it is in the sentence; what remains is the name.
 */
export function parseContact(text: string): Parsed<PersonContact | null> {
  if (saysNothing(text)) {
    return parsed(null);
  }
  const phoneText = /(?:\+33|0033|0)[\s.\-/]*(?:\(0\)[\s.\-/]*)?[1-9](?:[\s.\-/]*\d){8}/.exec(text);
  if (!phoneText) {
    return failed('procedures/otv/errors.contact');
  }
  const phone = parseFrenchPhone(phoneText[0]);
  const rest = text
    .replace(phoneText[0], ' ')
    .replace(/(^|\s)(t[ée]l[ée]phone|t[ée]l|portable|num[ée]ro)\s*[.:]?(?=\s|$)/gi, ' ')
    .replace(/[,;:]|\s\.+(?=\s|$)|\.+$/g, ' ')
    .replace(BEFORE_PHONE, '');
  const name = parsePersonName(rest);
  if (!phone.ok) {
    return failed(phone.error);
  }
  return name.ok ? parsed({ name: name.value, phone: phone.value })
    : failed('procedures/otv/errors.contact');
}

/**
 * A yes that describes nothing: "oui", "ouais une voiture", "oui j'en laisse deux". The
 * patrol needs what to look for, and the recap read « Véhicules sur place : oui ».
 */
const BARE_YES = new RegExp('^(?:(?:oui|ouais|ouai|yes|ok|d accord|bien sur|il y a|y a|' +
  'je laisse|je en laisse|j en laisse|on laisse|on en laisse|un|une|deux|trois|1|2|3|' +
  'ma|mon|mes|la|le|les|notre|nos|voiture|voitures|vehicule|vehicules|auto|autos|moto|' +
  'motos|camping car|sur place|devant|a la maison|chez moi)(?: |$))+$');

/** Vehicles left at home: "non", or a description (make, colour, plate). */
export function parseVehicles(text: string): Parsed<string> {
  if (saysNothing(text)) {
    return parsed('');
  }
  return BARE_YES.test(foldWords(text))
    ? failed('procedures/otv/errors.vehicles_describe')
    : parseFreeText(text, { min: 3, max: 300 });
}

/** Who has the keys, said with the yes: "oui à ma sœur", "oui chez le voisin". */
const HOLDER = new RegExp('^(?:oui|ouais|ouai|yes)[\\s,.!]+' +
  '((?:a|à|au|aux|chez|avec|la|le|ma|mon|mes|les|une|un)\\s.+)$', 'iu');

/** "à ma sœur", "chez la voisine": who, which says yes too. */
const HOLDER_ALONE = /^(?:a|à|au|aux|chez)\s.+$/iu;

/**
 * « Laissez-vous vos clés à quelqu'un ? »: true, false, or who has them ("oui à ma sœur"
 * keeps "à ma sœur" for the patrol, tester13's F13).
 */
export function parseKeysLeft(text: string): Parsed<boolean | string> {
  const said = text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const holder = HOLDER.exec(said)?.[1] ?? (HOLDER_ALONE.test(said) ? said : undefined);
  if (holder !== undefined && holder.length <= 200) {
    return parsed(holder);
  }
  // "Jean Martin": the question is whom, the name answers it (t89's F3)
  return isBareName(said) ? parsed(said) : parseYesNo(text);
}
