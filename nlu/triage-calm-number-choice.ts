import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Which number to call, asked in general ("si on voit un accident avec des blessés on appelle
 * le 15 ou le 18 ?"): a question about the numbers, no scene. "Là", "maintenant", "devant
 * moi" or a plea keeps the alarm.
 */
const TWO_NUMBERS = rx('',
  '\\b(le )?(15|17|18|112|114|samu|pompiers|police|gendarmerie) (ou|ou bien|ou alors) ',
  '(le )?(15|17|18|112|114|samu|pompiers|police|gendarmerie)\\b',
);
const IN_GENERAL = rx('',
  '\\b(si on|si je|si jamais|si un jour|en cas de|au cas ou|question|dans quel cas|',
  'on doit|faut il|il faut|en general|normalement)\\b',
);
const HERE_NOW = rx('',
  '\\b(la maintenant|maintenant|en ce moment|devant moi|sous mes yeux|vite|au secours|aidez|',
  'urgent|urgence|je vois|je viens de voir)\\b',
);

export function numberChoiceAsked(text: string): boolean {
  return gatedTest(TWO_NUMBERS, text) && gatedTest(IN_GENERAL, text) && !gatedTest(HERE_NOW, text);
}
