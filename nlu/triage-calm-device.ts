import { gatedReplace } from './regex-gate';
import { rx } from './triage-words';

/**
 * "ma moto a disparu, elle a un traceur mais il ne répond plus": a device that no longer
 * answers (tracker, beacon, alarm, a stolen phone) is no person down nor gone. The clause is
 * removed before the rules read the message, so that a person told beside it still counts.
 */
const DEVICE = '(traceur|traceurs|tracker|balise|gps|airtag|localisateur|boitier|puce|' +
  'alarme|antivol|camera|cameras|appli|application|(telephone|portable|tel|iphone|ordi) ' +
  '(vole|volee|perdu|pique|derobe))';
const SILENT = rx('g',
  `\\b${DEVICE}\\b( [a-z]+){0,5}? (ne |n )?(repond|reagit|emet|capte|marche|fonctionne|`,
  'sonne|localise|bip|bipe|donne|envoie|se allume|affiche)( plus| pas| rien)( rien| de signal|',
  ' de position| aucun signal)?\\b|',
  // "le téléphone volé ne répond plus", "son GPS est muet / éteint / hors ligne"
  `\\b${DEVICE}\\b( [a-z]+){0,3} (est|reste) (muet|eteint|hors ligne|hors service|`,
  'deconnecte|injoignable|mort|a plat|decharge)\\b',
);

export function withoutSilentDevice(text: string): string {
  return gatedReplace(text, SILENT, ' ');
}
