import { gatedReplace, gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "mon ordi est pris en otage par un virus qui réclame une rançon": ransomware holds files,
 * not people (the cybercrime FAQ). Only the device or data clause is removed, so a person
 * held hostage told in the same message is still read.
 */
const HELD_DATA = rx('g',
  '\\b(mon|ma|mes|le|la|les|notre|nos|son|sa|ses|leur|leurs) (ordi|ordinateur|pc|mac|',
  'telephone|portable|smartphone|tablette|fichiers|donnees|photos|documents|compte|comptes|',
  'site|serveur|serveurs|reseau|disque dur|messagerie|boite mail|facebook|instagram)',
  '( [a-z]+){0,3} (est |sont |a ete |ont ete |se est fait |se sont fait )?(pris|prise|',
  'prises|bloque|bloques|chiffre|chiffres|crypte|cryptes|verrouille|verrouilles)',
  '( en otage)?( par (un|une|des|le|la) (virus|ransomware|rancongiciel|hacker|hackers|pirate|',
  'pirates|logiciel|malware|arnaqueur|arnaqueurs))?\\b',
);
const RANSOM_NOTE = /\b(virus|ransomware|rancongiciel|hacker|pirate|malware|rancon|bitcoin)\b/;

export function withoutHeldData(text: string): string {
  if (!gatedTest(RANSOM_NOTE, text)) {
    return text;
  }

  return gatedReplace(text, HELD_DATA, ' ');
}
