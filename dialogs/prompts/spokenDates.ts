/**
 * Ways of saying a date that the readers do not need to know about, rewritten into the one
 * form they read (on folded text, punctuation already spaces): "y a 2 jours", "ça fait 3
 * semaines" and "voilà 2 jours" are "il y a ..."; "2j" is "2 jours", "20 min" "20 minutes";
 * "la nuit dernière" is "cette nuit"; "noël" is the 25th of December.
 */
const COUNTING_BACK = new RegExp('\\b(?:il y a|il ya|y a|ya|ca fait|cela fait|voila)' +
  '(?= (?:\\d|[a-z]+ (?:jours?|semaines?|mois|ans?|heures?|minutes?)|quelques|une quinzaine))',
'g');

const REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/\b(\d{1,3}) ?j\b/g, '$1 jours'],
  [/\b(\d{1,3}) ?(?:min|mn|mins)\b/g, '$1 minutes'],
  [/\bil y a (\d{1,2}) ?h\b/g, 'il y a $1 heures'],
  [/\b(?:la )?nuit derniere\b/g, 'cette nuit'],
  [/\b(?:en )?fin de journee\b/g, 'soir'],
  [/\bnoel\b/g, '25 decembre'],
  [/\b(?:le )?(?:jour de l an|nouvel an)\b/g, '1er janvier'],
];

export function spokenForms(text: string): string {
  const rewritten = REWRITES.reduce((said, [pattern, as]) => said.replace(pattern, as), text);
  return rewritten.replace(COUNTING_BACK, 'il y a');
}

/** "à l'instant", "maintenant": the facts are happening or just happened. */
export const NOW_WORDS = /^(?:a l instant|maintenant|en ce moment|il y a un instant|juste avant)$/;

/** No date at all: the citizen is shown how to give an approximate one. */
export const FORGOTTEN = new RegExp('^(?:je (?:ne )?(?:sais|me souviens|me rappelle) (?:pas|plus)' +
  '(?: exactement| trop| bien)?|(?:je )?sais (?:pas|plus)|jsp|aucune idee|je ne sais|' +
  'j ai oublie|oublie|inconnu|inconnue|pas sur|pas sure)$');
