import type { HelpLine } from './lineForSituation';

/**
 * What follows a figure that is no number to dial: an age, a date, a price, an address,
 * a count ("17 ans", "le 18 juin", "au 17 rue…", "15 fois").
 */
const NOT_DIALLED = '(?! ?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|'
  + 'novembre|decembre|ans|an|euros|e|h|heures|km|min|minutes|mois|jours|fois|rue|avenue|'
  + 'boulevard|bd|chemin|place|allee|impasse|route|bis|ter|kg|kilos|metres|pour cent)\\b)';

const LINE = new RegExp(`\\b(3114|3018|3919|119)\\b${NOT_DIALLED}`);

/** "le 17", "au 112", "numéro 15": an article before the figure, as a number is named. */
const EMERGENCY = new RegExp('\\b(le|au|du|un|ce|numero|num|appel au|appels au) '
  + `(15|17|18|112|114|196)\\b${NOT_DIALLED}`);

/** A national listening line named by its number, read on normalised text. */
export function lineNamedIn(words: string): HelpLine | undefined {
  const named = /\d/.test(words) ? LINE.exec(words)?.[1] : undefined;
  return named === '3114' || named === '3018' || named === '3919' || named === '119'
    ? named : undefined;
}

/** The number a message names: a listening line, or one of the emergency numbers. */
export function numberNamedIn(words: string): HelpLine | 'emergency' | undefined {
  if (!/\d/.test(words)) {
    return undefined;
  }
  return lineNamedIn(words) ?? (EMERGENCY.test(words) ? 'emergency' : undefined);
}
