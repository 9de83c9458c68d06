import { foldWords } from './normalize';
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

/** Oui / non as people answer it; anything else asks again rather than guessing. */
export function parseYesNo(text: string): Parsed<boolean> {
  const words = foldWords(text);
  if (YES.has(words)) {
    return parsed(true);
  }
  if (NO.has(words)) {
    return parsed(false);
  }
  return failed('prompts/errors.yes_no');
}
