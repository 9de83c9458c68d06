import { isBareName } from '../../prompts/bareName';
import { foldWords } from '../../prompts/normalize';
import { maskAlarmCodes } from './alarmCode';

/**
 * What a citizen says of the home beyond its kind, at « De quel type de logement… ? »:
 * "une maison avec un portail bleu, alarme oui, voisin a les clés" answers three later
 * questions, which a tester was asked again (t89's F3).
 */
export interface HomeDetails {
  access?: string;
  alarm?: boolean;
  /** True, false, or who has them ("voisin", "chez ma sœur"). */
  keys?: boolean | string;
}

export function isHomeDetails(value: unknown): value is HomeDetails {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parts of the sentence: "une maison", "un portail bleu", "alarme oui"... */
const PARTS = /\s*(?:[,;.+]|\bet\b|\bavec\b)\s*/iu;

const ALARM = /\balarmes?\b/;
const NO_ALARM = /\b(?:pas d|sans|non|aucune|pas equipee?|pas de)\b/;

const KEYS = /\b(?:cles?|clefs?)\b/;
const NO_KEYS = /\b(?:personne n a|pas de|aucune|je (?:les )?garde|pas laisse|non)\b/;

/** "voisin a les clés", "ma sœur garde un double des clés": who, then the keys. */
const HOLDER_FIRST = new RegExp('^(.+?)\\s+(?:a|à|possède|possede|garde|détient|detient|' +
  'aura|auront|ont)\\s+(?:les|mes|nos|des|un double des?|le double des?)?\\s*' +
  'cl(?:é|e|ef)s?\\b', 'iu');

/** "clés chez la voisine", "clés laissées à mon fils": the keys, then who. */
const HOLDER_AFTER =
  /cl(?:é|e|ef)s?\s+(?:laissées?\s+|confiées?\s+)?((?:à|a|au|aux|chez)\s.+)$/iu;

/** Words of how to get in (a gate, a code, a dog), as the access question lists them. */
const ACCESS = new RegExp('\\b(?:portail|portillon|digicode|code|interphone|chien|chiens|' +
  'etage|grille|barriere|batiment|bat|escalier|porte|acces|cour|boite a cles?)\\b');

function keysOf(part: string, folded: string): boolean | string {
  if (NO_KEYS.test(folded)) {
    return false;
  }
  const holder = HOLDER_FIRST.exec(part)?.[1] ?? HOLDER_AFTER.exec(part)?.[1];
  return holder === undefined ? true : holder.trim().slice(0, 200);
}

export function homeDetails(text: string): HomeDetails {
  const details: HomeDetails = {};
  const access: string[] = [];
  for (const part of text.split(PARTS).filter((piece) => piece !== '')) {
    const folded = foldWords(part);
    if (ALARM.test(folded)) {
      details.alarm = !NO_ALARM.test(folded);
    } else if (KEYS.test(folded)) {
      details.keys = keysOf(part, folded);
    } else if (ACCESS.test(folded)) {
      access.push(part.trim());
    }
  }
  if (access.length > 0) {
    details.access = maskAlarmCodes(access.join(', ')).text.slice(0, 500);
  }
  return details;
}

/**
 * A person's name alone at the access question ("Jean Martin"), likely meant for the
 * person to warn or the keys: asked again once, with where that name goes.
 */
export function accessDoubt(text: string): string | undefined {
  return isBareName(text) ? 'procedures/otv/errors.access_name' : undefined;
}
